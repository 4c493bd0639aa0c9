using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace TeachingKit.Notebooks.Site;

/// <summary>
/// Renders inline math for KaTeX: <c>$x$</c> as inline math and <c>$$x$$</c> within a line as
/// display math, as Jupyter and VS Code show them (Markdig alone would make both inline).
/// </summary>
public sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math)
    {
        bool display = math.DelimiterCount >= 2;
        renderer.Write(display ? "<span class=\"math math-display\">\\[" : "<span class=\"math\">\\(");
        renderer.WriteEscape(ref math.Content);
        renderer.Write(display ? "\\]</span>" : "\\)</span>");
    }
}
