// Turns a drop's DataTransfer into plain File objects, walking dropped folders recursively
// through webkitGetAsEntry(). Each File keeps its relative path (folder/name) so reports can
// name it. In Electron a dropped folder with a path on disk is passed whole: the importer walks it.
import { pathForFile } from './host-files.js';

export type PickedFile = { file: File; name: string };

const readAll = (reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> =>
  new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries answers in chunks (100 in Chromium) until it returns an empty array.
    const next = () =>
      reader.readEntries((chunk) => {
        if (chunk.length === 0) return resolve(all);
        all.push(...chunk);
        next();
      }, reject);
    next();
  });

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => entry.file(resolve, reject));

async function walk(entry: FileSystemEntry, prefix: string, out: PickedFile[]): Promise<void> {
  const name = prefix ? `${prefix}/${entry.name}` : entry.name;
  if (entry.isFile) {
    out.push({ file: await fileOf(entry as FileSystemFileEntry), name });
  } else if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    for (const child of children) await walk(child, name, out);
  }
}

/** Every file in the drop, folders expanded; falls back to `files` where entries are missing. */
export async function filesFromDrop(data: DataTransfer): Promise<PickedFile[]> {
  // Entries must be taken synchronously, before the first await, or the DataTransfer is emptied.
  const entries = [...data.items]
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry?.() ?? null, file: item.getAsFile() }));
  const out: PickedFile[] = [];
  for (const { entry, file } of entries) {
    if (entry?.isDirectory && file && pathForFile(file)) out.push({ file, name: entry.name });
    else if (entry) await walk(entry, '', out);
    else if (file) out.push({ file, name: file.name });
  }
  if (out.length === 0) for (const file of data.files) out.push({ file, name: file.name });
  return out;
}
