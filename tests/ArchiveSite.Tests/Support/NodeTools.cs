namespace ArchiveSite.Tests.Support;

/// <summary>The npm packages the tests use (package.json at the checkout's root; `npm ci` installs them).</summary>
public static class NodeTools
{
    public static string AxeScript => Require(Path.Combine("axe-core", "axe.min.js"));
    public static string VnuJar => Require(Path.Combine("vnu-jar", "build", "dist", "vnu.jar"));

    private static string Require(string relative)
    {
        var path = Path.Combine(RepositoryRoot.Path, "node_modules", relative);
        if (!File.Exists(path)) throw new FileNotFoundException($"{path} is missing: run `npm ci` at the checkout's root (as .ci/run does)");
        return path;
    }
}
