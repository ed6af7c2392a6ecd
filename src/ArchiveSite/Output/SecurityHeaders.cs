namespace ArchiveSite.Output;

/// <summary>
/// The HTTP headers a published archive should be served with, sent by <c>serve</c> and written in
/// <c>netlify.toml</c> (a test keeps the two the same). The site has no inline script; Pagefind compiles
/// WebAssembly (<c>'wasm-unsafe-eval'</c>) and may run a worker from a <c>blob:</c> URL; images in notes
/// may come from any https host. With this policy a <c>javascript:</c> link that slipped through does nothing.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self'; img-src 'self' https:; " +
        "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static readonly IReadOnlyList<KeyValuePair<string, string>> All =
    [
        new("Content-Security-Policy", ContentSecurityPolicy),
        new("X-Content-Type-Options", "nosniff"),
        new("Referrer-Policy", "strict-origin-when-cross-origin"),
        new("X-Frame-Options", "DENY"),
    ];
}
