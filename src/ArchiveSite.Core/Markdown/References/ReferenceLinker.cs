using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Markdown.References;

/// <summary>
/// Turns text references in a parsed document into <see cref="ReferenceInline"/> nodes, then gives each
/// bare <c>#N</c> the repository its context implies: the nearest explicit repository in the same list
/// item, else in its parent items, else none (the resolver applies the site's default repository).
/// </summary>
internal static class ReferenceLinker
{
    public static void Link(MarkdownDocument document)
    {
        var literals = new List<LiteralInline>();
        foreach (var node in MarkdownNodes.All(document))
            if (node is LiteralInline literal && ReferenceTextScanner.MayHold(literal.Content.AsSpan()) && !InsideLink(literal))
                literals.Add(literal);
        var references = new List<ReferenceInline>();
        foreach (var literal in literals) Split(literal, references);

        // Each list item's own repository is looked up once, however many bare references it holds.
        var itemRepositories = new Dictionary<ListItemBlock, (string? Owner, string Repo)?>();
        foreach (var reference in references)
        {
            if (reference.Repo is not null) continue;
            if (NearestRepository(reference, itemRepositories) is { } repo)
            {
                reference.Owner = repo.Owner;
                reference.Repo = repo.Repo;
            }
        }
    }

    private static bool InsideLink(Inline inline)
    {
        for (var p = inline.Parent; p is not null; p = p.Parent)
            if (p is LinkInline) return true;
        return false;
    }

    private static void Split(LiteralInline literal, List<ReferenceInline> made)
    {
        var text = literal.Content.ToString();
        var matches = ReferenceTextScanner.Scan(text).ToList();
        if (matches.Count == 0) return;

        Inline current = literal;
        var start = literal.Content.Start;
        var consumed = 0;
        var first = true;
        foreach (var m in matches)
        {
            var reference = new ReferenceInline
            {
                Text = text.Substring(m.Index, m.Length),
                Owner = m.Repo is null ? null : m.Owner,
                Repo = m.Repo,
                Number = m.Number,
                Bare = m.Repo is null && !m.Shorthand,
                Line = literal.Line,
                Column = literal.Column + m.Index,
            };
            made.Add(reference);
            var before = new StringSlice(literal.Content.Text, start + consumed, start + m.Index - 1);
            if (first)
            {
                literal.Content = before;
                literal.InsertAfter(reference);
                first = false;
            }
            else
            {
                current.InsertAfter(new LiteralInline(before) { Line = literal.Line });
                current.NextSibling!.InsertAfter(reference);
            }
            current = reference;
            consumed = m.Index + m.Length;
        }
        if (consumed < text.Length)
            current.InsertAfter(new LiteralInline(new StringSlice(literal.Content.Text, start + consumed, start + text.Length - 1)) { Line = literal.Line });
    }

    private static (string? Owner, string Repo)? NearestRepository(ReferenceInline reference, Dictionary<ListItemBlock, (string? Owner, string Repo)?> known)
    {
        for (Block? block = reference.Parent?.ParentBlock(); block is not null; block = block.Parent)
        {
            if (block is not ListItemBlock item) continue;
            if (!known.TryGetValue(item, out var repo))
            {
                repo = null;
                foreach (var own in item.OfType<LeafBlock>())
                    if (own.Inline is { } inline && ExplicitRepository(inline) is { } found) { repo = found; break; }
                known[item] = repo;
            }
            if (repo is not null) return repo;
        }
        return null;
    }

    private static (string? Owner, string Repo)? ExplicitRepository(ContainerInline inline)
    {
        foreach (var node in inline.Descendants())
        {
            switch (node)
            {
                case ReferenceInline { Repo: not null } r:
                    return (r.Owner, r.Repo);
                case LinkInline link when GitHubUrl.Repository(link.Url) is { } repo:
                    return (repo.Owner, repo.Repo);
            }
        }
        return null;
    }
}
