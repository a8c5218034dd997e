package dev.playlens.publish.serve;

/** Redis could not be reached or did not answer: the endpoint answers 503, and retries Redis on the next request. */
final class CacheUnavailableException extends RuntimeException {
    CacheUnavailableException(String message) {
        super(message);
    }
}
