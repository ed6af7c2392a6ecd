using System.Text.RegularExpressions;
using ArchiveSite.Configuration;
using ArchiveSite.Diagnostics;

namespace ArchiveSite.Checking;

/// <summary>
/// What a pull request's check should say: the findings of the notes it changes, in full, and the rest of the
/// folder's as a count. A finding about another note that names a changed one ("a different call on 2024-04-03
/// is also at 2024-04-03-widget.md:1": the change made a duplicate) is said on the changed note, where the
/// reviewer looks. A change to archive.yml or people.yml can move any finding, so then everything is shown.
/// </summary>
public static partial class ChangeScope
{
    /// <param name="Shown">The findings to report, on the changed notes.</param>
    /// <param name="Others">Findings on notes the change did not touch.</param>
    /// <param name="OtherNotes">How many notes those are in.</param>
    public sealed record Result(IReadOnlyList<Diagnostic> Shown, int Others, int OtherNotes);

    /// <param name="changed">Changed files, relative to the content folder (<c>/</c>-separated).</param>
    public static Result Apply(IReadOnlyList<Diagnostic> findings, IReadOnlyCollection<string> changed)
    {
        var files = changed.Select(f => f.Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        if (files.Contains(SiteSettingsLoader.FileName) || files.Contains(PeopleRegistryLoader.FileName)) return new Result(findings, 0, 0);
        var shown = new List<Diagnostic>();
        var others = new List<Diagnostic>();
        foreach (var finding in findings)
        {
            if (files.Contains(finding.File)) shown.Add(finding);
            else if (NamedChangedPlace(finding, files) is { } place)
                shown.Add(finding with { File = place.File, Line = place.Line, Column = 0, Message = $"{finding.Message} (found at {finding.Location})" });
            else others.Add(finding);
        }
        return new Result(shown.Distinct().OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ToList(),
            others.Count, others.Select(d => d.File).Distinct(StringComparer.Ordinal).Count());
    }

    private static (string File, int Line)? NamedChangedPlace(Diagnostic finding, HashSet<string> changed)
    {
        foreach (Match m in PlaceInMessage().Matches(finding.Message))
            if (changed.Contains(m.Groups["file"].Value))
                return (m.Groups["file"].Value, int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }

    // "at 2024-04-03-widget-community-call.md:1", "one at release-0.32.0.md:7": a note and line named in a message.
    [GeneratedRegex(@"(?<file>[^\s'""(),]+\.(?:md|markdown)):(?<line>[0-9]{1,7})")]
    private static partial Regex PlaceInMessage();
}
