package dev.playlens.storage.azure;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.CredentialUnavailableException;
import com.azure.identity.DefaultAzureCredentialBuilder;
import reactor.core.Exceptions;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The SDK's default identity chain (environment service principal, workload and managed identity, Azure CLI,
 * PowerShell, azd…) for one storage account, whose failures say in one sentence what to set. A time limit keeps a
 * machine without any of them (or without network) from waiting on every probe.
 */
final class AzureIdentityChain implements TokenCredential {
    static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    private final TokenCredential chain;
    private final String account;
    private final Duration timeLimit;

    AzureIdentityChain(TokenCredential chain, String account, Duration timeLimit) {
        this.chain = chain;
        this.account = account;
        this.timeLimit = timeLimit;
    }

    static AzureIdentityChain forAccount(String account, Duration timeLimit) {
        return new AzureIdentityChain(new DefaultAzureCredentialBuilder().credentialProcessTimeout(timeLimit).build(),
                account, timeLimit);
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.defer(() -> chain.getToken(request)).timeout(timeLimit).onErrorMap(e -> !(e instanceof SignInException), this::explain);
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        try {
            return getToken(request).block();
        } catch (RuntimeException e) {
            Throwable cause = Exceptions.unwrap(e);
            throw cause instanceof SignInException s ? s : explain(cause);
        }
    }

    private SignInException explain(Throwable e) {
        String remedy = "; run 'az login', set AZURE_CLIENT_ID, AZURE_CLIENT_SECRET and AZURE_TENANT_ID, or run where a "
                + "managed identity is assigned (or set AZURE_STORAGE_CONNECTION_STRING or AZURE_STORAGE_SAS_URL instead)";
        if (e instanceof CredentialUnavailableException || e instanceof TimeoutException)
            return new SignInException("no Azure sign-in found for storage account '" + account + "'"
                    + (e instanceof TimeoutException ? " within " + limitText() : "") + remedy, e);
        return new SignInException("Azure sign-in for storage account '" + account + "' failed" + failedStep(e)
                + " (" + innermostMessage(e) + ")" + remedy, e);
    }

    private String limitText() {
        return timeLimit.toMillis() < 1000 ? timeLimit.toMillis() + " ms" : timeLimit.toSeconds() + " s";
    }

    /** " at ManagedIdentityCredential" from the chain's "DefaultAzureCredential … ---> ManagedIdentityCredential …". */
    private static String failedStep(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int arrow = m.indexOf("---> ");
        if (arrow < 0) return "";
        int space = m.indexOf(' ', arrow + 5);
        return " at " + m.substring(arrow + 5, space < 0 ? m.length() : space);
    }

    private static String innermostMessage(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner) inner = inner.getCause();
        String m = inner.getMessage() == null ? inner.getClass().getSimpleName() : inner.getMessage();
        int nl = m.indexOf('\n');
        m = (nl < 0 ? m : m.substring(0, nl)).strip();
        return m.length() > 140 ? m.substring(0, 137) + "..." : m;
    }

    /**
     * The identity chain could not sign in; the message is the whole explanation. The SDK's error is kept as a
     * suppressed exception, not as the cause: the Blob client's sync calls throw an exception's cause in its place.
     */
    static final class SignInException extends ClientAuthenticationException {
        SignInException(String message, Throwable sdkError) {
            super(message, null);
            addSuppressed(sdkError);
        }
    }
}
