namespace ArchiveSite.GitHub;

/// <summary>
/// Lets requests go only to the API's own origins (scheme, host and port of the REST and GraphQL addresses).
/// Every request carries the token, and Octokit follows a <c>Link: rel="next"</c> page or a redirect wherever
/// it points, dropping the token only when the host changes: a port or a move to http would still get it. An
/// answer that sends the sync elsewhere is refused instead, with the address in the message.
/// </summary>
internal sealed class OriginGuard(IReadOnlyCollection<Uri> allowed, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is not { } uri || !allowed.Any(a => SameOrigin(a, uri)))
            throw new ForeignOriginException(
                $"refused to send the token to {request.RequestUri?.GetLeftPart(UriPartial.Authority) ?? "(no address)"}: " +
                $"GitHub's answer pointed outside {string.Join(" and ", allowed.Select(a => a.GetLeftPart(UriPartial.Authority)).Distinct())}");
        return base.SendAsync(request, cancellationToken);
    }

    public static bool SameOrigin(Uri a, Uri b) =>
        a.Scheme == b.Scheme && a.Port == b.Port && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase); // IdnHost throws on a host IDNA rejects
}

/// <summary>A page or redirect GitHub's answer named lies on another origin: the sync stops rather than follow it.</summary>
public sealed class ForeignOriginException(string message) : HttpRequestException(message);
