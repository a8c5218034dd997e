package dev.playlens.storage.azure;

import com.azure.storage.blob.models.BlobErrorCode;
import com.azure.storage.blob.models.BlobStorageException;
import dev.playlens.storage.StoreException;
import dev.playlens.storage.StoreException.Kind;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

/** Turns Azure SDK exceptions into one-line {@link StoreException}s that name the store and what to do. */
final class AzureErrors {
    private AzureErrors() {
    }

    static StoreException map(String where, RuntimeException e) {
        if (e instanceof StoreException se) return se;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AzureIdentityChain.SignInException signIn)
                return new StoreException(Kind.BAD_CREDENTIALS, where + ": " + signIn.getMessage(), e);
        }
        if (e instanceof BlobStorageException b) {
            BlobErrorCode code = b.getErrorCode();
            int status = b.getStatusCode();
            if (BlobErrorCode.CONTAINER_NOT_FOUND.equals(code))
                return new StoreException(Kind.NO_SUCH_CONTAINER, where + ": the container does not exist (create it or check the name)", e);
            if (BlobErrorCode.BLOB_NOT_FOUND.equals(code))
                return new StoreException(Kind.NOT_FOUND, where + ": no such blob", e);
            if (BlobErrorCode.AUTHENTICATION_FAILED.equals(code) || BlobErrorCode.INVALID_AUTHENTICATION_INFO.equals(code))
                return new StoreException(Kind.BAD_CREDENTIALS, where + ": Azure rejected the credentials; check "
                        + "AZURE_STORAGE_CONNECTION_STRING / the SAS URL (expiry, signature) or the signed-in identity's tenant", e);
            if (BlobErrorCode.MD5MISMATCH.equals(code) || String.valueOf(b.getServiceMessage()).contains("MD5"))
                return new StoreException(Kind.CHECKSUM_MISMATCH, where + ": the store rejected the bytes' MD5; data was corrupted in transit", e);
            if (BlobErrorCode.AUTHORIZATION_PERMISSION_MISMATCH.equals(code) || BlobErrorCode.AUTHORIZATION_RESOURCE_TYPE_MISMATCH.equals(code))
                return new StoreException(Kind.ACCESS_DENIED, where + ": no permission (" + code + "); the SAS or signed-in "
                        + "identity may not do this here; use a SAS with the needed permission (read, list, write, delete) "
                        + "or give the identity a data role (Storage Blob Data Reader to read, Contributor to write)", e);
            if (status == 403)
                return new StoreException(Kind.ACCESS_DENIED, where + ": access denied (" + code + "); the credentials are "
                        + "wrong or lack permission (read/write/list/delete) here; check the connection string, SAS or the "
                        + "identity's data role", e);
            if (status >= 500 || status == 429 || status == 408)
                return new StoreException(Kind.TRANSIENT, where + ": Azure error " + status + " " + code + " (temporary)", e);
            if (status == 404) return new StoreException(Kind.NOT_FOUND, where + ": not found (" + code + ")", e);
            return new StoreException(Kind.OTHER, where + ": Azure error " + status + " " + code, e);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof TimeoutException)
                return new StoreException(Kind.TRANSIENT, where + ": cannot reach Azure Blob (" + t.getClass().getSimpleName()
                        + ": " + t.getMessage() + ")", e);
            if (t instanceof InterruptedException) return new StoreException(Kind.OTHER, where + ": interrupted", e);
        }
        return new StoreException(Kind.OTHER, where + ": " + e.getMessage(), e);
    }

    static boolean isNotFound(BlobStorageException e) {
        return e.getStatusCode() == 404 && !BlobErrorCode.CONTAINER_NOT_FOUND.equals(e.getErrorCode());
    }
}
