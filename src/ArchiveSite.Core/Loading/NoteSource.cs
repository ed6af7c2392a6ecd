namespace ArchiveSite.Loading;

/// <summary>A note read from disk and checked: valid UTF-8 text, front matter split off, mojibake repaired.</summary>
/// <param name="File">Path relative to the content folder, with forward slashes.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyFirstLine">Line number in the file of the body's first line, so parser lines stay file lines.</param>
public sealed record NoteSource(string File, string Body, int BodyFirstLine, FrontMatter FrontMatter);
