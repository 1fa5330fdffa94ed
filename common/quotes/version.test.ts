// Guards QUOTE_ENGINE_VERSION: detected quotes are cached on disk under that version, so a change
// to the engine's sources without a new version would serve quotes from the old rules. The hash
// covers every file the engine imports (from index.ts, following value imports across common/, e.g.
// common/text/normalize.ts) and nothing else. When this fails: bump QUOTE_ENGINE_VERSION in
// version.ts and ADD a line for the new version below (never edit an existing line) with the hash
// the failure prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { QUOTE_ENGINE_VERSION } from './version.js';

const SOURCES_BY_VERSION: Record<number, string> = {
  2: '344da0ab8c98688ff1dc161f46c38f9f8f4d78cfb03f345ef5ac05654b5ace63',
  3: 'b1c4035395fd2429beb1cd4b6d8a67a698416ae8401e775d67abb725fc639f01',
  4: '797b33761e322b412289889f6f906427708ea7a56bff4788cc6b0eb13c842ffa',
  5: '7c856e6ebced531264d70dda021001d97ca40375fec14c9ca5ac8e5717c17f3a',
  6: '587c386d9d0eefc48bf68687d275b2d8062d57c9aedab280be7b07c70868255f',
  7: 'd432a6e2d7e24b8581050346b7b5b6c2e208c3403fd98205600b3ec4509cf7e2',
  8: 'f32292f3adb7e7f962b50f7e8f509429d648d60fcc21fa79d81a2f94d53c84da',
  9: 'a78c2344811936def263ccd32aecec13fb096bf02898a2b98fd36d57dee1b52b',
  10: 'c121b3387f50e58359a669d9dc62a849e96a2001665b3499e21173c58b0b360e',
  11: 'e00a4dc196606604c290e4e976b071283ee5c89591e97da1ff221595c679571c',
  12: 'b6febf3e164e21a6f5ce377c74051edf8181d80e9e09653ba34c1e390b0a452b',
  13: '817f2301926ff9a9257f3b31ba6eaf9b357440150b0225f5f3da2a5ab0234d57',
  14: '02aeb13305a9ef90e4dd6acb6aba75d1b36d8a4c42d56c77e53997803c3e16b4',
  15: '03a201753e94d38efb517ae716a7793c305c3b4aa4ce452c24c44905220fa850',
  16: 'ff6ab28b0f5d515a339ea193ac804d1db2ce4c73f2a37c3e4976b1dbf8bcc70e',
  17: 'bf83a99f967c107d3399e0b0132011784e699360d299e77da72dd2e7bf24748f',
  18: '517b4a513b81be5f6847b52548df553c0853c9bb04957058e2f08714d21da20d',
  19: 'c763b0304684c9fd9ac5ec256b00e29660a449b5c117d8c64aacbd1f2d4d1d7b',
  20: 'e38b0bc1ce72ebe74232fe728e7f8ff4483733dc37f20acd68a6cd45ac2b8a8d',
  21: '5826fc4bf83003063dbf4bc4c9bbd3fe43673401fe17342c784392e435ade2e6',
  22: '32e14c876bec51284f19a6fafec005f10e95ca137be62e23f21fd836b5f0dbbc',
  23: '097fb8e84f690583f5431a19f81dfc951b228634c8807d62f3a1a7d395247491',
  24: '8b6e5f74384fea7070f41847c325afe8246d63e25d9f3c85360ac7d983f943d5',
  25: 'd2d8ea1be059dadafb57b9eb8f82f81e4c1c664f8c5098150106837190bfd88b',
  26: 'f7cd4aa43d7bad37fd87b76894d7285b5df348b68ca075eb68dc56e11405584a',
  27: '23d5794fefcff0afe7f9d7288b5720a9cfb690458bd5f7e298ce7182a25fc7d7',
  28: 'a4babe76a154972afcece79efb256c230abc244190f2fc1eaa8f1f4b8686be75',
  29: '0f4a37fdda4321475873943a904c5930f99a3dbc64eba6a55a430a9ca38e0f2b',
  30: 'a507e8f9952950c7a8314f8453a5f6fd4b3a5762a97d7f0ae98a3cba425eebec',
  31: 'b1944b7c29c4a7d6dbd69c663de40c2c3e8c4c7fb4aec2ace131e0485d37736f',
  32: '043c3f448f79c3d022251c671bd24904b440a09375dbab42140b40fd09747b71',
  33: '8e14a3e63756142dd3e5d52544e8dc200d454337c4f7e6f12053cd121152ffb6',
  34: '627249d3eb90a29091aa5aa29dd443aa94c45e464c3d1cd1208d7e8f5a4465d4',
  35: 'ef62b9889c6239aeebc6a0c07ef0bc7477755cfb223d7cf2326938e190c5af2b',
  36: '0bb34eb14db4d9bf4524b17a56a2f794d80232e41fc22382e21ad5f661999de4',
  37: '86e7b7b536fb1773f8355658d2533117e8769ff510323afe994f2225a0d3c839',
  38: 'cf42f6e03195b823c60ac0e2a686e3c718a1189291a5549caf5d432a8ba12f2c',
  39: '30201a26add9f8b9c11b0ba89687378207fd2f97dc104033f850ac989801b4eb',
  40: '2b53ee8ccfb7fa3b95dd4b9d8c99a2140244beee9f9db804ba74e0fb93081329',
  41: '45c41f4f1590a22fbf2e73aadbe903d225691822c356402d45a2c26f477be3c3',
  42: 'af8ec0de33acdc4c6534d4c14dd2c494eef468271f096af04040505762ef1e4b',
  43: 'f9716e44ffc5f35b4bbf8a134620e415cccbda85d4ae5e84ea2e96c579324891',
  44: '5d528c906f3325a85f1e08ef67545a78b5f017e7b55ed9b20a7f0c245f6454af',
  45: '0ba1c09ee6f751f168221fa9fe512c7c60f0d722a4e2cf72afab35942b5b227a',
  46: '4f574244c39d8a012af1aa273c60867c3bf4a5e51353753dfb17041537de8927',
  47: '19529432a5cd6ab4976f25d9bf895fa4414cb03ac606ec9aad95a99e8d5c368d',
  48: 'cb2707bcb52741f526d4ed8c0bff2861d9a84d27509e365608222ae3ec650127',
  49: 'f270325529491df4b015e4215397380952f761001a4af2dd75c92b4349a9e16a',
  50: '1d9f5e7d56a1b1324729c5313004d474ff2c477202ba47a1e2cebb218c756fe9',
  51: '05149b19ee1eb4dad97ed965365a20d94b24ce463dc1c659782e36484439ba71',
  52: '845367cdf94ec560763f34783153b4deb6671d67efa0b11db6c1ef0e73240358',
  53: 'b318905ed8e4bb661863d2a92662502bfdf29c4e3c6c2ac7e4f3a254d5ce3c95',
  54: '184fcd248ba82d5f863f7047797d5d178e3d3ef873342c2adac6da6464f5af98',
  55: '0856c1769f9908ddb717b9fb428fefbe19fa76d99082c7768b79959bdb6ad22b',
  56: '88152f6325c531093f485a7b2b2b42298e5807a440c1ce60904839a1732b59e0',
  57: '3c303eaaf58934cf79cce66d43c279b432bd9821016c454ba879b1c923e074bd',
  58: '2932141f1bd292447def1ca4e19135fde26486356a3082bfe10aaf20d7d5223e',
  59: '21ca914522bed1710f528c7b4c722840f91fbf4fa269966b7db249604b6925c8',
  60: 'c74488888b78a885fe786b5ea10a8efa4743928cd84e8a81900a964f803fee9d',
  61: '41a59cd15faca3be5cde98484a4ded7152c40cb924485690fb1defd010fdb648',
  62: 'fc38e16957c145532c8e1774a234b6df062ac31910788ffc768cc75fc572bfda',
  63: '4ccfb4cbac70241f8d566b15442926b9aa5c18a4bcf9e60dfea4c6a6876b0069',
  64: '64ca5a6a458ecaf851ab35eb742be9b02aa4f0b36c6e3a9b1d95a15d820c6996',
  65: '3e4ab8cbeed64efd44a9f88ab96c9450c8c4aa3f59ece5b173299ee52b0d42e0',
  66: '72aae43df52732b8124d3080824e7366fa90b789570ad15b07e678627cf4805f',
  67: '0b3b0ff15617af15fa4350e34e4218576f5c521b693c39cedc3a654f2d0f663c',
  68: '72457b75db1e9bc683688ac7137a694bc80808c46ed81330828cf57ce9b9d20a',
  69: '8127cde330724286153b077fe9f7fe17fa49083d94b5800dca79a1b6288f38ed',
  70: '0e21f5cf9cd08ae940f3a361dd23dedda1d7ad6c2d4c58a369bd48fde54342f0',
  71: 'c14e2df9aa7f29f436ba2331412952c97da4b0bc38af6944c2bae2a3e50d74f3',
  72: '66befdd461f68953a597c74a42ea18b55ea84be451b0377e8910408e3c781bac',
  73: '32627f12ffd7783971e372440654de4de9fe2f7a3111aa7ef654f5f74ac5e65c',
  74: '6112ddeded115fcf674b3d036999efa6c32da8e22965d64e4d1d2884385d2a87',
  75: '9ef21bf17b3efc00bc437fb00e3a6b53d951689047c19f58c52109294b88e25d',
  76: '884acc9b81f9d62bb0e6d9833ec0f9ce5ded272d9fe53991112695e014e0ef26',
  77: '7afa2964764dbb3fe67a7b60f51823c4e349181a19b806d9680860818cc9acd3',
  78: 'e2c130a63dbf4aad897da00948948345f42887d01423fac5e45ba3d1af84b7df',
  79: '87aec74882740e562acbec424178c576d4f0d5a5869a5410825a523b5fdeca41',
  80: 'bcd9783abafc2f3a5ce1520e8ed37c2039285cd2f9198e2ec058988a9b9bb8ef',
  81: '9f190262be23d1b2a33f7325b9457158b9382ddf29496c988474c808dc02bbfc',
  82: '2971c8dd6439ee8a8ea57e85edb83e81accfb0b74c8b64eb4993222f8a5ebaea',
  83: 'eed631a5fd4da07aadb34e98f535fe6484e21438c1c89688838606f31d450f16',
  84: 'a4f75e66cac87142d31cfa0e201d39830a114c35dd35ce9e726d7d3ddd19d85d',
  85: '0502251819eecb4a3728cb13e3880a4f360466060082f8705ca9ee84d753c9ea',
  86: '597e9f7cacd2bf85100ce90f183e525c2b7e4015bc816a65cf3fc66937885664',
  87: 'fd1764a850f92bdda7d098d9053ce6f1a79e118e734955f82af2d104afea74b3',
  88: '210e8b7a1305e0be48aea1ee16f8fbfaebf55b6b01b0c939a9df53bc696f8881',
  89: '11a9bf77498eb083a3949ab472943fd451f47151ba4131cbedaa1a471059f486',
  90: '5e66ba5dc0a883aa89811a974c2c53e9c6fbed7d1e53a48f463b49b038656384',
  91: '006d59cbe86ad912c18e397411c276154af308f273c7dada762b40f238bc3921',
  92: '05cf0ea9cd1395172a68acd9a1b56ecf22ab2c1ca8c1aaf0691b323722cdcd86',
  93: '1f09bfeac061225696b0690c64b5113b4b228970b5de9d0b3ad357d0db106a28',
  94: '4e55322c4efe6a3169fb44671d00127780f25b29cc4b4862eb7b320727b16540',
  95: '19b0d56fb1087c0f914cff06e8102af8dbb991a7af114395aec453989b52a2d5',
  96: 'ec305693fef88d0f4407f19f10c2fff26880c84a31a30d4964dbb417fdb64084',
  97: '7b387ec49ece077a237e257581608e77d52eaf2e5abacc33cab16ebcb205565f',
  98: 'fce4986890c19a3ecdaf57fc369abffebf44be866f6f6058bdbc64ed895dc130',
  99: '7f951311ddc68718bd57de88a64e643a3561a3d76981aa72f9dbb60c1aed5e42',
  100: '4154d2e6fb5d46efbd42c42c8fb712435cd94ebebcdce5bf338e3805df032eb9',
  101: '4bbcd377405dc3cafa81686abcb37f8a95a3f6310eb3ddb937cbb19fa0a63b3a',
  102: '2b26302220697b0b017fdeccd4bbd728b778ad93c9fd5212f2ac98df8b40c920',
  103: '7d455204ec7b451099f68ce70c59fdea9df477c55cf00a3e1aacc91ad3c010fa',
  104: '3620db3b400fb7b5de63fa2abfa06a926bc3682969330dc5eb50ccb5a7041f92',
  105: '577d2f25fb001b571f90795b96ae1ed801e8e730ed08f362f680565b20c3fac1',
  106: 'ffbbd771fd21ea84b5b244933d7a845a18120f390e598d05bc3a26684ea2ba1d',
  107: '41b4d643621c869c65be4bd844188c4dc39b6a077502fa802091fc59a654bb86',
  108: '6181ea98b43a7f0cb337c64f81ca2fcdef9250a1de97ebfaa90d0e6450887737',
  109: '8fb86ddb3d6d20d41ba1b5d66824efb27540041b031e937d27de3588414f6d6b',
  110: 'd0166078cb4c96fabe35697b057d32b2bab130068e0e4e80ed4b16225473d868',
  111: 'a3381cde060cfe216ce5d3a1d65cbeda405953147f947a3cffadb6c980387c43',
  112: 'c194242c88ea16734731c8c57704c7702b8dc57fc684d44bc8ce0bab64909c34',
  113: 'a6b6b7907dcd03f93a3e93ec6700c5dbb28145280a10dca6b5c16fa6e47a1726',
  114: '0e3459e0ead97468711a12884555ab23be3c0ce55dd5be6d4cff5828894b5c0b',
  115: 'feed9cb473851a9514a4a6cbe4a5d8fa2fde5c5b709a1cc0a202752d4f34619c',
  116: '794ac2242b0dfbbb2d22f0086b5077316c4a48a4da94372c512941f6c93b1b6a',
  117: '676f349ce0c665c7b6ff130f0f2c47e47d503905caf11f6e784fd6f48d6d6932',
  118: '432d01520cbe3d9b0687849ffa3fbbd533856040ff9c84213fa0979724863a54',
  119: 'd00763daffc32e7bf6c35f5b96e2d0f9c0b07cb70210f4642f3545c886a87915',
  120: 'b41d4f3341998b0609899b13c231ad8cd03410164c641c745cffac19763be7d4',
  121: '2c51fc39c2c4ebc9600566195036aee75aa63aaaceae1ab82958d1d61294c186',
  122: 'ee115bb80ebac58754daa3adefe234382018975a53d17b4384da31376bd1265d',
  123: 'fdc4e7ad45edf205786b19bf637d77f7262816ce4eb5d97947336145ce1f667a',
  124: '0fb8d305235d3394e182a517d822f535f498325aa74f56f2f2fd34eb4fbf6cad',
  125: '0354edd8121d8a3495e983afca54cd05f8326966842a650aede2fb6fb2288ca2',
  126: '7b984453cb03da27870ad9ab926fa0c0a5838c93e76600d4766715474f9efd2f',
  127: '4117b1e55e8fc38050b6d856e6066d4f9e11648800b4e238988ca31c7faae093',
  128: '54dcc594c4fe1835159dd5d7c221a3a8ea1913f0a1933b12f59b1c387f9a8d90',
  129: '6b8a52bb2cce7484b5048ca978c3b2afff6adb6e71aefb324db51cde692fcd20',
  130: '0d215f99f68413cfce09c521a7e39473659fcdb48a78f2e96748cbb5ed520f83',
  131: 'b0958e93a253f018a6d7668527bb7320eb95c37ae29e2f8bbf9636372e9c8711',
  132: 'e3ab7ede89b7e4582454364d034ffda09c55cedd322aaa7bca778e734a3f8c3d',
  133: '237b9dd856d4c56b9fa89cf988b66e6adfa9b0469986bc47d7995e76fc458bc7',
  134: '40454093fbedd91993d5a5ec599cd65e10140b884dc0d852aae3f5500822cc2d',
  // From 5 on the hash covers the engine's import closure (normalize.ts included), not the folder.
};

// A value import or re-export with a relative path; `import type` lines change no output.
const IMPORT = /^(?:import|export)\s+(?!type\s)[^;]*?from\s+'(\.{1,2}\/[^']+)\.js';/gmu;

/** Every source file reachable from `entry` through value imports, sorted, version.ts excluded. */
export function engineFiles(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) walk(resolve(dirname(file), `${m[1]}.ts`));
  };
  walk(entry);
  return [...seen].filter((f) => !f.endsWith('/version.ts')).sort();
}

test('the engine files include the text normalisation it folds with, and no tests', () => {
  const root = resolve(new URL('..', import.meta.url).pathname);
  const files = engineFiles(resolve(root, 'quotes/index.ts')).map((f) => relative(root, f));
  assert.ok(files.includes('text/normalize.ts'));
  assert.ok(files.includes('quotes/detect-quotes.ts'));
  assert.ok(!files.some((f) => f.endsWith('.test.ts')));
});

test('the quote engine version changes whenever its sources do', () => {
  const root = resolve(new URL('..', import.meta.url).pathname);
  const hash = createHash('sha256');
  for (const file of engineFiles(resolve(root, 'quotes/index.ts'))) {
    hash.update(`${relative(root, file)}\n`).update(readFileSync(file, 'utf8').replace(/\r\n/g, '\n'));
  }
  const now = hash.digest('hex');
  const recorded = SOURCES_BY_VERSION[QUOTE_ENGINE_VERSION];
  const next = recorded === undefined ? QUOTE_ENGINE_VERSION : QUOTE_ENGINE_VERSION + 1;
  assert.equal(recorded, now, `the quote engine changed since version ${QUOTE_ENGINE_VERSION} was recorded: set QUOTE_ENGINE_VERSION to ${next} and add "${next}: '${now}'" here.`);
});
