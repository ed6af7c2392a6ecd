using ArchiveSite.Text;
using AngleSharp.Dom;
using Ganss.Xss;
using ArchiveSite.Urls;

namespace ArchiveSite.PostProcessing;

/// <summary>
/// The HtmlSanitizer policy for the HTML of a note that has raw HTML in it. Notes are untrusted: such a note's
/// HTML passes through here whole, so no script, event handler, frame, style or javascript:/data: URL reaches
/// a page, however it was spelled (entities, mixed case, whitespace). What the renderer added itself
/// (heading ids and anchors, "calls" links, rel, task-list checkboxes) is allowed through; raw links get
/// rel="noopener" and raw images without a description an empty alt, as Markdown ones do.
/// (A note without raw HTML is not parsed again: Markdig made every tag, and NoteLinks vetted every address.)
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
        // "class" is let through only with the values below (AllowedClasses): the renderer's own, so a note
        // with raw HTML keeps its heading anchors, footnotes and task lists styled like any other.
        foreach (var attribute in new[] { "id", "class", "aria-label", "data-pagefind-ignore" })
            sanitizer.AllowedAttributes.Add(attribute);
        foreach (var cls in new[] { "ref", "anchor", "ref-calls", "contains-task-list", "task-list-item", "task-list-item-checkbox", "footnote-ref", "footnotes", "footnote-back-ref" })
            sanitizer.AllowedClasses.Add(cls);
        sanitizer.RemovingTag += (_, e) =>
        {
            if (DropWithContent.Contains(e.Tag.LocalName)) e.Tag.InnerHtml = "";
        };
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element) return;
            switch (element.LocalName)
            {
                case "input" when !string.Equals(element.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase):
                    element.Remove();
                    break;
                case "input":
                    element.SetAttribute("disabled", "");
                    break;
                case "img" when !element.HasAttribute("alt"):
                    element.SetAttribute("alt", ""); // decorative, rather than read out as its file name
                    break;
                case "a" when element.GetAttribute("href") is { } href && UrlText.IsWeb(href):
                    element.SetAttribute("rel", "noopener");
                    break;
            }
        };
        return sanitizer;
    }
}
