package dev.playlens.storage.azure;

import com.azure.core.util.Context;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.models.BlobHttpHeaders;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobProperties;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.BlockBlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.blob.options.BlobInputStreamOptions;
import com.azure.storage.blob.options.BlockBlobSimpleUploadOptions;
import com.azure.storage.blob.specialized.BlockBlobClient;
import com.azure.core.http.rest.PagedResponse;
import dev.playlens.storage.ByteRange;
import dev.playlens.storage.ListPage;
import dev.playlens.storage.ListRequest;
import dev.playlens.storage.Md5;
import dev.playlens.storage.ObjectInfo;
import dev.playlens.storage.ObjectStore;
import dev.playlens.storage.StagedUploads;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;
import dev.playlens.storage.StoreLocation;
import dev.playlens.storage.StoreSettings;
import dev.playlens.storage.transfer.StagedWriter;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** An Azure Blob container (+ prefix); large objects as staged blocks + commit via {@link AzureBlockUploads}. */
public final class AzureBlobObjectStore implements ObjectStore {
    static final long SINGLE_PUT_LIMIT = 64L << 20;

    private final BlobContainerClient container;
    private final String root;
    private final AzureBlockUploads blocks;

    AzureBlobObjectStore(BlobContainerClient container, String root) {
        this.container = container;
        this.root = root;
        this.blocks = new AzureBlockUploads(container, root, this::where);
    }

    public static AzureBlobObjectStore open(StoreLocation location, StoreSettings settings) {
        return open(location, settings, AzureIdentityChain.DEFAULT_TIME_LIMIT);
    }

    /** {@code signInTimeLimit} bounds how long the Azure identity chain may look for a credential. */
    static AzureBlobObjectStore open(StoreLocation location, StoreSettings settings, Duration signInTimeLimit) {
        BlobServiceClient service = AzureServiceClients.build(location, settings, signInTimeLimit);
        return new AzureBlobObjectStore(service.getBlobContainerClient(location.container()), location.prefix());
    }

    @Override
    public URI uri() {
        return URI.create("azure://" + container.getBlobContainerName() + "/" + root);
    }

    String where(String key) {
        return "azure://" + container.getBlobContainerName() + "/" + root + (key == null ? "" : key);
    }

    BlockBlobClient blob(String key) {
        return container.getBlobClient(root + key).getBlockBlobClient();
    }

    @Override
    public ListPage list(ListRequest request) {
        ListBlobsOptions options = new ListBlobsOptions().setPrefix(root + request.prefix()).setMaxResultsPerPage(request.pageSize());
        try {
            var items = request.delimiter() == null || request.delimiter().isEmpty()
                    ? container.listBlobs(options, null)
                    : container.listBlobsByHierarchy(request.delimiter(), options, null);
            Iterator<PagedResponse<BlobItem>> pages = items.iterableByPage(request.pageToken(), request.pageSize()).iterator();
            if (!pages.hasNext()) return new ListPage(List.of(), null);
            PagedResponse<BlobItem> page = pages.next();
            List<ObjectInfo> entries = new ArrayList<>();
            for (BlobItem item : page.getValue()) {
                String key = item.getName().substring(root.length());
                if (Boolean.TRUE.equals(item.isPrefix())) {
                    entries.add(ObjectInfo.prefix(key));
                } else {
                    var p = item.getProperties();
                    entries.add(ObjectInfo.object(key, p.getContentLength(), p.getLastModified().toInstant(),
                            Md5.unquote(p.getETag()), Md5.hex(p.getContentMd5())));
                }
            }
            String next = page.getContinuationToken();
            return new ListPage(entries, next == null || next.isEmpty() ? null : next);
        } catch (RuntimeException e) {
            throw AzureErrors.map("listing " + where(request.prefix()), e);
        }
    }

    @Override
    public Optional<ObjectInfo> stat(String key) {
        try {
            BlobProperties p = blob(key).getProperties();
            return Optional.of(ObjectInfo.object(key, p.getBlobSize(), p.getLastModified().toInstant(), Md5.unquote(p.getETag()),
                    Md5.hex(p.getContentMd5())));
        } catch (BlobStorageException e) {
            if (AzureErrors.isNotFound(e)) return Optional.empty();
            throw AzureErrors.map("stat " + where(key), e);
        } catch (RuntimeException e) {
            throw AzureErrors.map("stat " + where(key), e);
        }
    }

    @Override
    public InputStream read(String key) {
        try {
            return blob(key).openInputStream(new BlobInputStreamOptions().setBlockSize(8 << 20));
        } catch (RuntimeException e) {
            throw AzureErrors.map("reading " + where(key), e);
        }
    }

    @Override
    public InputStream read(String key, ByteRange range) {
        if (range.length() == 0) return new ByteArrayInputStream(new byte[0]);
        try {
            return blob(key).openInputStream(new BlobInputStreamOptions().setBlockSize(8 << 20)
                    .setRange(new BlobRange(range.offset(), range.length())));
        } catch (RuntimeException e) {
            throw AzureErrors.map("reading " + where(key) + " range " + range, e);
        }
    }

    @Override
    public ObjectInfo write(String key, InputStream data, long size, byte[] md5) {
        if (size > SINGLE_PUT_LIMIT) return StagedWriter.write(blocks, key, data, size, 16L << 20, md5);
        try {
            BlockBlobSimpleUploadOptions options = new BlockBlobSimpleUploadOptions(data, size).setContentMd5(md5);
            if (md5 != null) options.setHeaders(new BlobHttpHeaders().setContentMd5(md5));
            BlockBlobItem item = blob(key).uploadWithResponse(options, null, Context.NONE).getValue();
            byte[] stored = item.getContentMd5();
            if (md5 != null && stored != null && !Arrays.equals(md5, stored))
                throw new StoreException(Kind.CHECKSUM_MISMATCH, where(key) + ": stored Content-MD5 " + Md5.hex(stored)
                        + " is not the MD5 " + Md5.hex(md5) + " of the bytes sent");
            return ObjectInfo.object(key, size, item.getLastModified() == null ? null : item.getLastModified().toInstant(),
                    Md5.unquote(item.getETag()), Md5.hex(stored != null ? stored : md5));
        } catch (RuntimeException e) {
            throw AzureErrors.map("writing " + where(key), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            blob(key).deleteIfExists();
        } catch (RuntimeException e) {
            throw AzureErrors.map("deleting " + where(key), e);
        }
    }

    @Override
    public Optional<StagedUploads> staged() {
        return Optional.of(blocks);
    }

    @Override
    public void close() {
        // the SDK's shared HTTP client and event loops are process-wide and daemon threads
    }

    @Override
    public String toString() {
        return "AzureBlobObjectStore[" + where(null) + "]";
    }
}
