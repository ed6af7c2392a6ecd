using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArchiveSite.Diagnostics;
using ArchiveSite.Files;
using ArchiveSite.Loading;
using ArchiveSite.Model;

namespace ArchiveSite.Refs;

/// <summary>
/// Reads and writes <c>refs.json</c>, kept beside archive.yml and committed with the notes:
/// <code>
/// {
///   "version": 1,
///   "repositories": { "falcosecurity/falco": { "checked": "2026-11-26T10:00:00+00:00" } },
///   "references": {
///     "falcosecurity/falco#1191": { "kind": "pull", "title": "…", "state": "merged", "stateDate": "2020-05-20",
///                                   "author": "leogr", "labels": ["kind/feature"], "milestone": "0.23.0" }
///   }
/// }
/// </code>
/// A pull request can change the file, so it is read as strictly as a note: every field is known and checked
/// (no URL but https, no control characters, lengths capped), and every problem is an error naming its line.
/// Written sorted (owner, repository, number) with one field per line, so a sync's diff shows what changed.
/// </summary>
public static partial class RefsFile
{
    public const string FileName = "refs.json";

    /// <summary>Far above any real archive's (a reference takes about 300 bytes).</summary>
    public const long SizeLimit = 64 << 20;

    private const int FormatVersion = 1;

    /// <summary>A repository's <c>checked</c> time, as written and as read back.</summary>
    private const string CheckedFormat = "yyyy-MM-dd'T'HH:mm:ssK";
    public const int MaxTitle = 1000, MaxLabel = 100, MaxLabels = 100, MaxMilestone = 200, MaxETag = 200;
    private const int MaxUrl = 500;

    [GeneratedRegex(@"^(?<owner>[A-Za-z0-9][A-Za-z0-9-]{0,38})/(?<repo>[A-Za-z0-9._-]{1,100})#(?<number>[1-9][0-9]{0,9})$")]
    private static partial Regex KeyPattern();

    // GitHub logins: letters, digits and single hyphens; apps add "[bot]".
    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$")]
    private static partial Regex LoginPattern();

    // https://host/owner/repo/pull/N: the only shape a reference's page has.
    [GeneratedRegex(@"^/[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}/(?:pull|issues|discussions)/[1-9][0-9]{0,9}$")]
    private static partial Regex UrlPathPattern();

    /// <summary>The cache in the folder, or an empty one when there is none; every problem reported.</summary>
    /// <summary>The web host of public GitHub, the one reference addresses are accepted on unless archive.yml names another.</summary>
    public const string PublicHost = Configuration.SiteSettings.PublicGitHubHost;

    /// <param name="host">The GitHub web host addresses must be on (archive.yml's <c>github.host</c>).</param>
    public static RefsCache Read(ContentFolder folder, DiagnosticBag diagnostics, string host = PublicHost)
    {
        if (!folder.Has(FileName)) return RefsCache.Empty;
        var bytes = folder.Read(FileName, SizeLimit, diagnostics);
        return bytes is null ? RefsCache.Empty : Parse(FileName, bytes, diagnostics, host);
    }

    public static RefsCache Parse(string file, byte[] bytes, DiagnosticBag diagnostics, string host = PublicHost)
    {
        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        var lines = new LineIndex(bytes.AsSpan(start));
        var references = new Dictionary<ReferenceKey, ReferenceFacts>();
        var checkedThrough = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(bytes.AsSpan(start), new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 8 });
        try
        {
            Expect(ref reader, JsonTokenType.StartObject, "the file should be one JSON object, as `archive-site refs sync` writes it");
            var sawVersion = false;
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                var at = reader.TokenStartIndex;
                switch (name)
                {
                    case "version":
                        Next(ref reader);
                        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != FormatVersion)
                            throw new Refusal(reader.TokenStartIndex, $"\"version\" should be {FormatVersion}; this file was written by another version of archive-site (run `archive-site refs sync` to rewrite it)");
                        sawVersion = true;
                        break;
                    case "repositories":
                        ReadObject(ref reader, (ref Utf8JsonReader r, string key, long keyAt) => ReadRepository(ref r, key, keyAt, checkedThrough, file, lines, diagnostics));
                        break;
                    case "references":
                        ReadObject(ref reader, (ref Utf8JsonReader r, string key, long keyAt) => ReadReference(ref r, key, keyAt, references, file, lines, diagnostics, host));
                        break;
                    default:
                        throw new Refusal(at, $"unknown field \"{Shown(name)}\"; refs.json holds only \"version\", \"repositories\" and \"references\"");
                }
            }
            if (!sawVersion) throw new Refusal(0, $"\"version\": {FormatVersion} is missing");
            if (reader.Read()) throw new Refusal(reader.TokenStartIndex, "text after the end of the JSON object");
        }
        catch (Refusal refusal)
        {
            var (line, column) = lines.Of(refusal.Offset);
            diagnostics.Add(Diagnostic.Error(file, line, column, refusal.Message + "; the rest of the file was not read"));
        }
        catch (InvalidOperationException e)
        {
            // GetString on text that is not UTF-8.
            diagnostics.Add(Diagnostic.Error(file, lines.Of(reader.TokenStartIndex).Line, 0, $"not valid text ({FirstSentence(e.Message)}); refs.json is UTF-8"));
        }
        catch (JsonException e)
        {
            diagnostics.Add(Diagnostic.Error(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1,
                $"not valid JSON ({FirstSentence(e.Message)}); rewrite it with `archive-site refs sync` or fix it by hand"));
        }
        return new RefsCache(references, checkedThrough);
    }

    private delegate void EntryReader(ref Utf8JsonReader reader, string key, long keyAt);

    private static void ReadObject(ref Utf8JsonReader reader, EntryReader entry)
    {
        Next(ref reader);
        if (reader.TokenType != JsonTokenType.StartObject) throw new Refusal(reader.TokenStartIndex, "this should be an object of entries");
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keyAt = reader.TokenStartIndex;
            Next(ref reader);
            if (reader.TokenType != JsonTokenType.StartObject) throw new Refusal(reader.TokenStartIndex, $"\"{Shown(key)}\" should be an object");
            entry(ref reader, key, keyAt);
        }
    }

    private static void ReadRepository(ref Utf8JsonReader reader, string key, long keyAt, Dictionary<string, DateTimeOffset> into,
        string file, LineIndex lines, DiagnosticBag diagnostics)
    {
        DateTimeOffset? when = null;
        var problems = new List<(long, string)>();
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var at = reader.TokenStartIndex;
            Next(ref reader);
            if (field == "checked" && reader.TokenType == JsonTokenType.String
                && DateTimeOffset.TryParseExact(reader.GetString(), CheckedFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                when = parsed;
            else problems.Add((at, field == "checked" ? "\"checked\" should be a time such as \"2026-11-26T10:00:00+00:00\"" : $"unknown field \"{Shown(field)}\" (a repository has only \"checked\")"));
            Skip(ref reader);
        }
        var name = key.ToLowerInvariant();
        if (!KeyPattern().IsMatch(name + "#1")) problems.Add((keyAt, $"\"{Shown(key)}\" is not a repository such as \"owner/repo\""));
        else if (when is null && problems.Count == 0) problems.Add((keyAt, $"\"{Shown(key)}\" has no \"checked\" time"));
        else if (!into.TryAdd(name, when ?? default) && problems.Count == 0) problems.Add((keyAt, $"\"{Shown(key)}\" is listed twice"));
        Report(problems, file, lines, diagnostics);
    }

    private static void ReadReference(ref Utf8JsonReader reader, string key, long keyAt, Dictionary<ReferenceKey, ReferenceFacts> into,
        string file, LineIndex lines, DiagnosticBag diagnostics, string host)
    {
        var problems = new List<(long, string)>();
        var facts = new ReferenceFacts();
        bool sawKind = false, sawState = false;
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var at = reader.TokenStartIndex;
            Next(ref reader);
            string? problem = null;
            switch (field)
            {
                case "kind":
                    sawKind = true;
                    if (ParseKind(Text(ref reader, 20)) is { } kind) facts = facts with { Kind = kind };
                    else problem = "\"kind\" should be \"pull\", \"issue\" or \"discussion\"";
                    break;
                case "state":
                    sawState = true;
                    if (ParseState(Text(ref reader, 20)) is { } state) facts = facts with { State = state };
                    else problem = "\"state\" should be \"open\", \"closed\", \"merged\" or \"not-found\"";
                    break;
                case "title":
                    if (Text(ref reader, MaxTitle) is { Length: > 0 } title) facts = facts with { Title = title };
                    else problem = $"\"title\" should be one line of text of at most {MaxTitle} characters, without control characters";
                    break;
                case "stateDate":
                    if (DateOnly.TryParseExact(Text(ref reader, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) facts = facts with { StateDate = date };
                    else problem = "\"stateDate\" should be a date such as \"2020-05-20\"";
                    break;
                case "author":
                    if (Text(ref reader, 50) is { } login && IsLogin(login)) facts = facts with { Author = login };
                    else problem = "\"author\" should be a GitHub login such as \"leogr\"";
                    break;
                case "labels":
                    if (Labels(ref reader) is { } labels) facts = facts with { Labels = labels };
                    else problem = $"\"labels\" should be a list of at most {MaxLabels} texts of at most {MaxLabel} characters";
                    break;
                case "milestone":
                    if (Text(ref reader, MaxMilestone) is { Length: > 0 } milestone) facts = facts with { Milestone = milestone };
                    else problem = $"\"milestone\" should be a text of at most {MaxMilestone} characters";
                    break;
                case "url":
                    if (Text(ref reader, MaxUrl) is { } url && IsReferenceUrl(url, host)) facts = facts with { Url = url };
                    else problem = $"\"url\" should be the https address of a pull request, issue or discussion on {host} (https://{host}/owner/repo/pull/1); " +
                        "another GitHub Enterprise host is named in archive.yml's github.host";
                    break;
                case "etag":
                    if (Text(ref reader, MaxETag) is { } etag && etag.All(c => c is >= ' ' and <= '~')) facts = facts with { ETag = etag };
                    else problem = "\"etag\" should be GitHub's entity tag, as `refs sync` writes it";
                    break;
                default:
                    problem = $"unknown field \"{Shown(field)}\"; a reference has kind, title, state, stateDate, author, labels, milestone, url and etag";
                    break;
            }
            if (problem is not null) problems.Add((at, problem));
            Skip(ref reader);
        }
        var match = KeyPattern().Match(key);
        var number = 0;
        if (!match.Success) problems.Insert(0, (keyAt, $"\"{Shown(key)}\" is not a reference such as \"owner/repo#123\""));
        // Ten digits pass the pattern, but GitHub numbers (and the archive's) stop at 2,147,483,647.
        else if (!int.TryParse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            problems.Insert(0, (keyAt, $"\"{Shown(key)}\" has a number past the largest a pull request or issue can have ({int.MaxValue.ToString(CultureInfo.InvariantCulture)})"));
        if (!sawState) problems.Add((keyAt, $"\"{Shown(key)}\" has no \"state\""));
        if (!sawKind && facts.State != ReferenceState.NotFound) problems.Add((keyAt, $"\"{Shown(key)}\" has no \"kind\""));
        if (problems.Count == 0)
        {
            var referenceKey = ReferenceKey.Create(match.Groups["owner"].Value, match.Groups["repo"].Value, number);
            if (!into.TryAdd(referenceKey, facts)) problems.Add((keyAt, $"\"{Shown(key)}\" is listed twice (keys are compared without case)"));
        }
        Report(problems, file, lines, diagnostics);
    }

    /// <summary>A string value without control characters and at most <paramref name="max"/> characters; null otherwise.</summary>
    private static string? Text(ref Utf8JsonReader reader, int max)
    {
        if (reader.TokenType != JsonTokenType.String) return null;
        if (reader.HasValueSequence ? reader.ValueSequence.Length > max * 6 : reader.ValueSpan.Length > max * 6) return null;
        var text = reader.GetString()!;
        return text.Length <= max && !text.Any(char.IsControl) ? text : null;
    }

    private static List<string>? Labels(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray) return null;
        var labels = new List<string>();
        var ok = true;
        while (Next(ref reader) != JsonTokenType.EndArray)
        {
            if (Text(ref reader, MaxLabel) is { Length: > 0 } label && labels.Count < MaxLabels) labels.Add(label);
            else ok = false;
            Skip(ref reader);
        }
        return ok ? labels : null;
    }

    public static bool IsLogin(string text) => LoginPattern().IsMatch(text);

    /// <summary>Whether the key names a repository GitHub could have (its owner and name spliced into API paths and queries).</summary>
    public static bool IsGitHubKey(ReferenceKey key) => KeyPattern().IsMatch(key.ToString());

    /// <summary>
    /// An https address of a reference's page, without user name, port or query, on <paramref name="host"/>
    /// (null: any host, for what GitHub itself answered). refs.json comes from pull requests like the notes: its
    /// addresses become the site's "on GitHub" buttons and author links, so the build takes only github.com's
    /// (or the GitHub Enterprise host archive.yml names in <c>github.host</c>). The host is compared as written
    /// (<c>Host</c>, not <c>IdnHost</c>, which throws on a host IDNA rejects: the fuzzer's refs finding).
    /// </summary>
    public static bool IsReferenceUrl(string url, string? host = PublicHost) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.UserInfo.Length == 0
        && (host is null || uri.Host.Equals(host, StringComparison.OrdinalIgnoreCase))
        && uri.IsDefaultPort && uri.Query.Length == 0 && uri.Fragment.Length == 0 && UrlPathPattern().IsMatch(uri.AbsolutePath)
        && uri.OriginalString == uri.AbsoluteUri;

    private static void Report(List<(long At, string Message)> problems, string file, LineIndex lines, DiagnosticBag diagnostics)
    {
        foreach (var (at, message) in problems)
        {
            var (line, column) = lines.Of(at);
            diagnostics.Add(Diagnostic.Error(file, line, column, $"{message}; this entry is left out (run `archive-site refs sync` to fetch it again)"));
        }
    }

    public static string KindName(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Issue => "issue",
        ReferenceKind.Discussion => "discussion",
        _ => "pull",
    };

    public static string StateName(ReferenceState state) => state switch
    {
        ReferenceState.Open => "open",
        ReferenceState.Closed => "closed",
        ReferenceState.Merged => "merged",
        _ => "not-found",
    };

    private static ReferenceKind? ParseKind(string? text) => text switch
    {
        "pull" => ReferenceKind.Pull,
        "issue" => ReferenceKind.Issue,
        "discussion" => ReferenceKind.Discussion,
        _ => null,
    };

    private static ReferenceState? ParseState(string? text) => text switch
    {
        "open" => ReferenceState.Open,
        "closed" => ReferenceState.Closed,
        "merged" => ReferenceState.Merged,
        "not-found" => ReferenceState.NotFound,
        _ => null,
    };

    /// <summary>
    /// Writes the cache sorted, through a new file under a random name renamed over the old one (never half a
    /// file, and never through a link a pull request planted beside it: see <see cref="SafeFile"/>).
    /// </summary>
    public static void Write(string path, RefsCache cache) => SafeFile.WriteAllBytes(path, Serialize(cache), flushToDisk: true);

    /// <summary>The file's bytes: sorted, indented, one field a line, ending with a newline.</summary>
    public static byte[] Serialize(RefsCache cache)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", FormatVersion);
            json.WriteStartObject("repositories");
            foreach (var (repository, when) in cache.CheckedThrough.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(repository);
                json.WriteString("checked", when.ToUniversalTime().ToString(CheckedFormat, CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("references");
            foreach (var (key, facts) in cache.References.OrderBy(p => p.Key))
            {
                json.WriteStartObject(key.ToString());
                // A reference GitHub no longer finds keeps the kind it had (only one never found has none).
                if (facts.Kind != ReferenceKind.Unknown) json.WriteString("kind", KindName(facts.Kind));
                WriteIf(json, "title", facts.Title);
                json.WriteString("state", StateName(facts.State));
                WriteIf(json, "stateDate", facts.StateDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteIf(json, "author", facts.Author);
                if (facts.Labels.Count > 0)
                {
                    json.WriteStartArray("labels");
                    foreach (var label in facts.Labels) json.WriteStringValue(label);
                    json.WriteEndArray();
                }
                WriteIf(json, "milestone", facts.Milestone);
                WriteIf(json, "url", facts.Url);
                WriteIf(json, "etag", facts.ETag);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteIf(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader)
    {
        if (!reader.Read()) throw new Refusal(reader.BytesConsumed, "the file ends in the middle of the JSON");
        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string message)
    {
        if (Next(ref reader) != type) throw new Refusal(reader.TokenStartIndex, message);
    }

    /// <summary>Past the value the reader stands on (its closing token for an object or array).</summary>
    private static void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) reader.Skip();
    }

    private static string Shown(string text) => text.Length > 60 ? text[..60] + "…" : new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    private sealed class Refusal(long offset, string message) : Exception(message)
    {
        public long Offset { get; } = offset;
    }

    /// <summary>Line and column (1-based) of a byte offset, by binary search over the line starts.</summary>
    private sealed class LineIndex
    {
        private readonly List<long> _starts = [0];

        public LineIndex(ReadOnlySpan<byte> bytes)
        {
            for (var i = 0; i < bytes.Length; i++)
                if (bytes[i] == (byte)'\n') _starts.Add(i + 1);
        }

        public (int Line, int Column) Of(long offset)
        {
            var index = _starts.BinarySearch(offset);
            if (index < 0) index = ~index - 1;
            return (index + 1, (int)(offset - _starts[index]) + 1);
        }
    }
}
