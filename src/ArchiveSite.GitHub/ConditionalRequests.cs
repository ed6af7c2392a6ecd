namespace ArchiveSite.GitHub;

/// <summary>
/// Adds <c>If-None-Match</c> to a GET when the sync knows the resource's entity tag, so an unchanged pull
/// request costs a 304 that GitHub does not count against the rate limit. Octokit has no per-request
/// headers; the tag travels with the call through an <see cref="AsyncLocal{T}"/> set around it.
/// </summary>
internal sealed class ConditionalRequests : DelegatingHandler
{
    private static readonly AsyncLocal<string?> Tag = new();

    private int _sent;

    public ConditionalRequests(HttpMessageHandler inner) : base(inner) { }

    /// <summary>Requests sent so far, redirects and pages included (what the rate limit counts).</summary>
    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Runs <paramref name="call"/> with <paramref name="etag"/> sent on its GET requests (and their redirects).</summary>
    public static async Task<T> With<T>(string? etag, Func<Task<T>> call)
    {
        Tag.Value = etag;
        try
        {
            return await call().ConfigureAwait(false);
        }
        finally
        {
            Tag.Value = null;
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        if (Tag.Value is { } etag && request.Method == HttpMethod.Get)
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return base.SendAsync(request, cancellationToken);
    }
}
