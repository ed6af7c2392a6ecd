using System.Globalization;
using System.Net;
using Octokit;

namespace ArchiveSite.GitHub;

/// <summary>
/// GitHub's ways of saying "not now": a 403 or 429 with <c>x-ratelimit-remaining: 0</c> (primary limit, with
/// the reset time) or with <c>retry-after</c> (secondary limit). Read the same from Octokit's exceptions and from
/// a raw GraphQL response.
/// </summary>
internal static class RateLimits
{
    /// <summary>GitHub asks to wait at least a minute after a secondary limit that names no time.</summary>
    private static readonly TimeSpan SecondaryDefault = TimeSpan.FromMinutes(1);

    /// <summary>When asking again makes sense, if <paramref name="e"/> is a rate limit; null otherwise.</summary>
    public static DateTimeOffset? Until(Exception e, DateTimeOffset now) => e switch
    {
        RateLimitExceededException limit => limit.Reset,
        SecondaryRateLimitExceededException secondary => now + (RetryAfter(secondary.HttpResponse?.Headers) ?? SecondaryDefault),
        ApiException { StatusCode: HttpStatusCode.TooManyRequests } other => now + (RetryAfter(other.HttpResponse?.Headers) ?? SecondaryDefault),
        RateLimitedException raw => raw.Until,
        _ => null,
    };

    /// <summary>A GraphQL (plain HTTP) answer that is a rate limit, as an exception; null when it is not one.</summary>
    public static RateLimitedException? Of(HttpResponseMessage response, DateTimeOffset now)
    {
        if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests)) return null;
        string? Header(string name) => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        if (Header("retry-after") is { } after && int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return new RateLimitedException(now + TimeSpan.FromSeconds(seconds));
        if (Header("x-ratelimit-remaining") == "0" && long.TryParse(Header("x-ratelimit-reset"), NumberStyles.None, CultureInfo.InvariantCulture, out var reset))
            return new RateLimitedException(DateTimeOffset.FromUnixTimeSeconds(reset));
        return response.StatusCode == HttpStatusCode.TooManyRequests ? new RateLimitedException(now + SecondaryDefault) : null;
    }

    private static TimeSpan? RetryAfter(IReadOnlyDictionary<string, string>? headers)
    {
        if (headers is null) return null;
        foreach (var (name, value) in headers)
            if (name.Equals("Retry-After", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                return TimeSpan.FromSeconds(seconds);
        return null;
    }
}

/// <summary>A rate limit met outside Octokit (the GraphQL endpoint).</summary>
public sealed class RateLimitedException(DateTimeOffset until) : Exception($"GitHub's rate limit is reached until {until:u}")
{
    public DateTimeOffset Until { get; } = until;
}
