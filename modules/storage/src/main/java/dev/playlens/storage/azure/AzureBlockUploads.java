package dev.playlens.storage.azure;

import com.azure.core.http.rest.Response;
import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobListDetails;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRequestConditions;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.Block;
import com.azure.storage.blob.models.BlockBlobItem;
import com.azure.storage.blob.models.BlockListType;
import com.azure.storage.blob.models.DeleteSnapshotsOptionType;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.options.BlockBlobCommitBlockListOptions;
import com.azure.storage.blob.specialized.BlockBlobClient;
import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Blob staged blocks. An "upload id" is a random session tag baked into every block id
 * ("pl-<session>-<part>", base64, all the same length as Azure requires), so a resumed run finds its own
 * uncommitted blocks with Get Block List. Azure has no "abort": uncommitted blocks vanish at the next commit
 * of that blob or after 7 days; see {@link #abort}.
 */
final class AzureBlockUploads implements StagedUploads {
    static final String ANY_SESSION = "*";

    private final BlobContainerClient container;
    private final String root;
    private final Function<String, String> where;

    AzureBlockUploads(BlobContainerClient container, String root, Function<String, String> where) {
        this.container = container;
        this.root = root;
        this.where = where;
    }

    private BlockBlobClient blob(String key) {
        return container.getBlobClient(root + key).getBlockBlobClient();
    }

    static String blockId(String session, int part) {
        return Base64.getEncoder().encodeToString(String.format("pl-%s-%06d", session, part).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public long minPartSize() {
        return 1;
    }

    @Override
    public String begin(String key) {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Override
    public StagedPart uploadPart(String key, String uploadId, int partNumber, byte[] data, int length, byte[] md5) {
        String id = blockId(uploadId, partNumber);
        try {
            // the service checks the transactional Content-MD5 and answers Md5Mismatch if the bytes differ
            Response<Void> r = blob(key).stageBlockWithResponse(id, new ByteArrayInputStream(data, 0, length), length, md5,
                    null, null, Context.NONE);
            String echoed = r.getHeaders().getValue("Content-MD5");
            if (echoed != null && !echoed.equals(Md5.base64(md5)))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where.apply(key) + " block " + partNumber
                        + ": the service reports MD5 " + echoed + ", we sent " + Md5.base64(md5));
            return new StagedPart(partNumber, id, length);
        } catch (RuntimeException e) {
            throw AzureErrors.map("staging block " + partNumber + " of " + where.apply(key), e);
        }
    }

    @Override
    public List<StagedPart> listParts(String key, String uploadId) {
        try {
            List<StagedPart> parts = new ArrayList<>();
            for (Block b : blob(key).listBlocks(BlockListType.UNCOMMITTED).getUncommittedBlocks()) {
                String name = new String(Base64.getDecoder().decode(b.getName()), StandardCharsets.US_ASCII);
                String mine = "pl-" + uploadId + "-";
                if (ANY_SESSION.equals(uploadId) || name.startsWith(mine)) {
                    int number = name.startsWith("pl-") ? Integer.parseInt(name.substring(name.lastIndexOf('-') + 1)) : 0;
                    parts.add(new StagedPart(number, b.getName(), b.getSizeLong()));
                }
            }
            parts.sort(Comparator.comparingInt(StagedPart::partNumber));
            return parts;
        } catch (BlobStorageException e) {
            if (AzureErrors.isNotFound(e)) return List.of();
            throw AzureErrors.map("listing blocks of " + where.apply(key), e);
        } catch (RuntimeException e) {
            throw AzureErrors.map("listing blocks of " + where.apply(key), e);
        }
    }

    @Override
    public ObjectInfo complete(String key, String uploadId, List<StagedPart> parts, byte[] wholeMd5) {
        List<String> ids = parts.stream().map(StagedPart::tag).toList();
        long size = parts.stream().mapToLong(StagedPart::size).sum();
        try {
            BlockBlobCommitBlockListOptions options = new BlockBlobCommitBlockListOptions(ids);
            // stored as the blob's Content-MD5 so later readers (and our skip check) can verify the whole object
            if (wholeMd5 != null) options.setHeaders(new BlobHttpHeaders().setContentMd5(wholeMd5));
            BlockBlobItem item = blob(key).commitBlockListWithResponse(options, null, Context.NONE).getValue();
            BlobProperties p = blob(key).getProperties();
            if (p.getBlobSize() != size)
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where.apply(key) + ": committed " + p.getBlobSize()
                        + " bytes, expected " + size);
            return ObjectInfo.object(key, size, p.getLastModified().toInstant(), Md5.unquote(item.getETag()), Md5.hex(p.getContentMd5()));
        } catch (RuntimeException e) {
            throw AzureErrors.map("committing blocks of " + where.apply(key), e);
        }
    }

    /**
     * Azure cannot delete uncommitted blocks directly. When no committed blob exists, committing an empty block
     * list (only if still absent) and deleting it drops them at once; a zero-byte blob exists for that one round trip.
     * When a committed blob exists we leave it alone: its stale blocks go at its next commit or after 7 days.
     */
    @Override
    public void abort(String key, String uploadId) {
        if (listParts(key, uploadId).isEmpty()) return;
        BlockBlobClient blob = blob(key);
        try {
            BlockBlobItem empty = blob.commitBlockListWithResponse(new BlockBlobCommitBlockListOptions(List.of())
                    .setRequestConditions(new BlobRequestConditions().setIfNoneMatch("*")), null, Context.NONE).getValue();
            blob.deleteWithResponse(DeleteSnapshotsOptionType.INCLUDE, new BlobRequestConditions().setIfMatch(empty.getETag()),
                    null, Context.NONE);
        } catch (BlobStorageException e) {
            if (e.getStatusCode() == 409 || e.getStatusCode() == 412 || e.getStatusCode() == 404) return;
            throw AzureErrors.map("discarding staged blocks of " + where.apply(key), e);
        } catch (RuntimeException e) {
            throw AzureErrors.map("discarding staged blocks of " + where.apply(key), e);
        }
    }

    /** Blobs that exist only as uncommitted blocks (an upload that never committed). */
    @Override
    public List<PendingUpload> listPending(String prefix) {
        try {
            Set<String> committed = new HashSet<>();
            for (BlobItem b : container.listBlobs(new ListBlobsOptions().setPrefix(root + prefix), null)) committed.add(b.getName());
            List<PendingUpload> pending = new ArrayList<>();
            ListBlobsOptions all = new ListBlobsOptions().setPrefix(root + prefix)
                    .setDetails(new BlobListDetails().setRetrieveUncommittedBlobs(true));
            for (BlobItem b : container.listBlobs(all, null)) {
                if (!committed.contains(b.getName()))
                    pending.add(new PendingUpload(b.getName().substring(root.length()), ANY_SESSION, null));
            }
            return pending;
        } catch (RuntimeException e) {
            throw AzureErrors.map("listing uncommitted blobs under " + where.apply(prefix), e);
        }
    }
}
