using ArchiveSite.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace ArchiveSite.Configuration;

/// <summary>Reads <c>archive.yml</c> from the content folder; a missing file means defaults.</summary>
public static class SiteSettingsLoader
{
    public const string FileName = "archive.yml";

    public static SiteSettings Load(string contentDirectory, DiagnosticBag diagnostics)
    {
        var map = YamlFile.Load(Path.Combine(contentDirectory, FileName), FileName, diagnostics);
        if (map is null) return SiteSettings.Default;
        var d = SiteSettings.Default;
        var github = map.Children.TryGetValue(new YamlScalarNode("github"), out var g) ? g as YamlMappingNode : null;
        var defaultRepo = github?.Scalar("default_repo") ?? map.Scalar("default_repo");
        string owner = d.DefaultOwner, repo = d.DefaultRepo;
        if (defaultRepo is not null)
        {
            var parts = defaultRepo.Split('/', 2);
            if (parts.Length == 2) (owner, repo) = (parts[0].ToLowerInvariant(), parts[1].ToLowerInvariant());
            else diagnostics.Add(Diagnostic.Error(FileName, 1, 1, $"default_repo '{defaultRepo}' must be written owner/repo"));
        }
        var repositories = (github?.Sequence("repositories") ?? map.Sequence("repositories"))
            .OfType<YamlScalarNode>().Select(n => n.Value!.Trim().ToLowerInvariant()).ToList();
        return new SiteSettings(
            map.Scalar("title") ?? d.Title,
            map.Scalar("base_url") ?? d.BaseUrl,
            map.Scalar("source_url")?.TrimEnd('/'),
            owner, repo, repositories,
            map.Scalar("theme"));
    }
}
