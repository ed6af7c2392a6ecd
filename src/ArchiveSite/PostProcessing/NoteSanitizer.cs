using Ganss.Xss;

namespace ArchiveSite.PostProcessing;

/// <summary>
/// The HtmlSanitizer policy for note HTML. Notes are untrusted: whatever Markdig produced from them
/// (raw HTML blocks, links, autolinks) passes through here, so no script, event handler, frame, style or
/// javascript:/data: URL reaches a page, however it was spelled (entities, mixed case, whitespace).
/// </summary>
internal static class NoteSanitizer
{
    // Elements whose content is code or a nested document: dropped with the element, not unwrapped as text.
    private static readonly HashSet<string> DropWithContent = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "iframe", "frame", "frameset", "object", "embed", "template", "noscript", "svg", "math", "textarea", "select", "title" };

    /// <summary>One sanitizer per thread: configured once, then used for every call rendered on that thread.</summary>
    private static readonly ThreadLocal<HtmlSanitizer> PerThread = new(Create);

    public static HtmlSanitizer Current => PerThread.Value!;

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer
        {
            // An unknown tag such as <hash> in prose is unwrapped, keeping the words, as GitHub does.
            KeepChildNodes = true,
        };
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedCssProperties.Clear();
        foreach (var tag in new[] { "form", "input", "button", "select", "option", "textarea", "fieldset", "legend", "label" })
            sanitizer.AllowedTags.Remove(tag);
        // Task list checkboxes come from Markdig (disabled, read-only) and are the only inputs allowed.
        sanitizer.AllowedTags.Add("input");
        sanitizer.AllowedAttributes.Add("id");
        foreach (var cls in new[] { "ref", "contains-task-list", "task-list-item", "task-list-item-checkbox", "footnote-ref", "footnotes", "footnote-back-ref" })
            sanitizer.AllowedClasses.Add(cls);
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = "";
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "input" } input
                && !string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
                input.Remove();
            else if (e.Node is AngleSharp.Dom.IElement { LocalName: "input" } checkbox)
                checkbox.SetAttribute("disabled", "");
        };
        return sanitizer;
    }
}
