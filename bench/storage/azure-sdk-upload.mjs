// The peer for the storage benchmark: local disk → Blob by Azure's own JavaScript SDK (@azure/storage-blob),
// into the same Azurite the Playlens runs write to. StorageBench starts it; it prints one JSON line.
//
//   node azure-sdk-upload.mjs file  FILE      CONTAINER BLOB_NAME  CONCURRENCY
//   node azure-sdk-upload.mjs files DIRECTORY CONTAINER PREFIX     IN_FLIGHT
//
// Connection string in AZURE_STORAGE_CONNECTION_STRING.
// "file": BlockBlobClient.uploadFile with 16 MiB blocks and CONCURRENCY blocks in flight. uploadFile sends no
//   checksum: the only one the SDK offers for it is the CRC64 "structured message" (contentChecksumAlgorithm
//   StorageCrc64), which Azurite does not implement. Checked afterwards: the committed blob's length.
// "files": one Put Blob per file, IN_FLIGHT at a time, each with a transactional Content-MD5 (computed here
//   from the bytes read) that the service checks; the Content-MD5 it echoes must be ours.
import { BlobServiceClient } from "@azure/storage-blob";
import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";

const BLOCK_SIZE = 16 * 1024 * 1024;

const [mode, source, containerName, name, concurrencyArg] = process.argv.slice(2);
const concurrency = Number.parseInt(concurrencyArg ?? "8", 10);
const connectionString = process.env.AZURE_STORAGE_CONNECTION_STRING;
if (!connectionString || !["file", "files"].includes(mode) || !source || !containerName || !name || !(concurrency > 0)) {
  console.error("usage: azure-sdk-upload.mjs file|files SOURCE CONTAINER NAME CONCURRENCY "
    + "(AZURE_STORAGE_CONNECTION_STRING set)");
  process.exit(2);
}
const container = BlobServiceClient.fromConnectionString(connectionString).getContainerClient(containerName);

async function uploadOneLargeFile(file, blobName) {
  const size = (await stat(file)).size;
  const blob = container.getBlockBlobClient(blobName);
  await blob.uploadFile(file, { blockSize: BLOCK_SIZE, concurrency, maxSingleShotSize: BLOCK_SIZE });
  const props = await blob.getProperties();
  if (props.contentLength !== size) throw new Error(`${blobName}: stored ${props.contentLength} bytes, sent ${size}`);
  return { objects: 1, bytes: size, verification: "length after commit (uploadFile sends no checksum)" };
}

async function uploadManySmallFiles(directory, prefix) {
  const names = (await readdir(directory)).sort();
  let next = 0;
  let bytes = 0;
  async function worker() {
    while (next < names.length) {
      const fileName = names[next++];
      const data = await readFile(join(directory, fileName));
      const md5 = createHash("md5").update(data).digest();
      const response = await container.getBlockBlobClient(`${prefix}/${fileName}`)
        .upload(data, data.length, { transactionalContentMD5: md5, blobHTTPHeaders: { blobContentMD5: md5 } });
      if (!response.contentMD5 || !Buffer.from(response.contentMD5).equals(md5)) {
        throw new Error(`${fileName}: the service echoed Content-MD5 ${response.contentMD5}, we sent ${md5.toString("base64")}`);
      }
      bytes += data.length;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, names.length) }, worker));
  return { objects: names.length, bytes, verification: "transactional Content-MD5 per Put Blob, echo compared" };
}

const started = process.hrtime.bigint();
const result = mode === "file" ? await uploadOneLargeFile(source, name) : await uploadManySmallFiles(source, name);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(); // this whole process, start-up included
console.log(JSON.stringify({ mode, concurrency, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, ...result }));
