namespace ArchiveSite.Loading;

/// <summary>How a content folder treats symbolic links (<c>symlinks:</c> in archive.yml).</summary>
public enum LinkPolicy
{
    /// <summary>The default: a link is an error. A note arrives in a pull request, and git stores links, so
    /// a link named like a note could otherwise publish any file the build can read.</summary>
    Refuse,

    /// <summary><c>symlinks: inside</c>: links are followed when their target lies inside the content folder.</summary>
    Inside,
}
