namespace ArchiveSite.Tests.Support;

/// <summary>
/// A stand-in for Pagefind (a shell script) that writes a small bundle into the site it is given and notes each run,
/// so that a test can tell whether a build indexed its pages, in milliseconds rather than Pagefind's second.
/// </summary>
public sealed class FakePagefind
{
    private readonly string _runs;

    public string Binary { get; }

    public FakePagefind(string folder)
    {
        Directory.CreateDirectory(folder);
        (Binary, _runs) = (Path.Combine(folder, "pagefind"), Path.Combine(folder, "runs"));
        Write("");
    }

    /// <summary>How many times a build ran it.</summary>
    public int Runs => File.Exists(_runs) ? File.ReadAllLines(_runs).Length : 0;

    /// <summary>The same indexer written again (the action installs Pagefind afresh on every run): same bytes, a new time.</summary>
    public void Reinstall()
    {
        var written = File.GetLastWriteTimeUtc(Binary);
        Write("");
        File.SetLastWriteTimeUtc(Binary, written.AddMinutes(1));
    }

    /// <summary>Another version of the indexer at the same path (a newer Pagefind installed).</summary>
    public void Upgrade() => Write("# a newer version\n");

    private void Write(string extra)
    {
        File.WriteAllText(Binary, $$"""
            #!/bin/sh
            {{extra}}site=""; bundle=""
            while [ $# -gt 0 ]; do
              case "$1" in --site) site="$2"; shift 2;; --output-subdir) bundle="$2"; shift 2;; *) shift;; esac
            done
            echo run >> '{{_runs}}'
            mkdir -p "$site/$bundle/fragment"
            printf 'export const calls = %s;\n' "$(find "$site/calls" -name index.html | wc -l)" > "$site/$bundle/pagefind.js"
            echo fragment > "$site/$bundle/fragment/en_1.pf_fragment"
            echo "Indexed 2 pages"
            """.ReplaceLineEndings("\n") + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Binary, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
