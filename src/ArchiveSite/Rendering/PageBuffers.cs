using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ArchiveSite.Rendering;

/// <summary>
/// The builders pages are rendered into, kept on each render thread from page to page. A page nests them: its template,
/// each layout around it and each partial writes into one of its own. A new writer for each grew chunk by chunk and was
/// then copied whole into a string and into the next: at ×30 that was 2.5 GB of the 6.4 GB a full build allocated.
/// </summary>
internal static class PageBuffers
{
    // A builder one very large page grew is let go, not kept for every page after it.
    private const int MaxKeptChars = 1 << 20;

    [ThreadStatic] private static Stack<StringBuilder>? t_free;

    public static StringBuilder Rent() => (t_free ??= new()).TryPop(out var builder) ? builder : new StringBuilder(16 * 1024);

    /// <summary>Gives a builder back once nothing reads it any more.</summary>
    public static void Return(StringBuilder builder)
    {
        if (builder.Capacity <= MaxKeptChars) (t_free ??= new()).Push(builder.Clear());
    }
}

/// <summary>Reads a rendered page's HTML while its builder is lent (<see cref="TemplateRenderer.Render{TModel, T}(string, TModel, PageReader{T})"/>).</summary>
public delegate T PageReader<out T>(ReadOnlySpan<char> html);

/// <summary>What a template rendered, as its layout's <c>RenderBody()</c>: written where the layout writes it, without a string made of it first.</summary>
internal sealed class RenderedBody(StringBuilder text) : IHtmlContent
{
    public void WriteTo(TextWriter writer, HtmlEncoder encoder) => writer.Write(text);

    public override string ToString() => text.ToString();
}
