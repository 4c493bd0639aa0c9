using System.Text.Json.Nodes;
using Plotly.NET;

namespace TeachingKit.Kernel.Formatting;

/// <summary>
/// Turns a Plotly.NET chart or figure into an HTML fragment that draws it with plotly.js.
/// </summary>
/// <remarks>
/// Plotly.NET's own toChartHTML gives every chart a random div id, so reruns would differ; here the
/// id comes from the caller. The figure JSON is embedded with every '&lt;' escaped, so no string in
/// a chart can close the script element. plotly.js is taken from the page when present (the site
/// ships it); elsewhere (a notebook viewer) it is loaded from the plotly CDN.
/// </remarks>
public static class PlotlyHtml
{
    /// <summary>The plotly.js version that Plotly.NET 6.0.0 targets (and embeds).</summary>
    public static string PlotlyJsVersion => Globals.PLOTLYJS_VERSION;

    /// <summary>The figure (data, layout, config, frames) of a chart as JSON.</summary>
    public static JsonObject FigureJson(GenericChart chart)
    {
        var figure = (JsonObject)JsonNode.Parse(GenericChart.toFigureJson(chart))!;
        figure["config"] = JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(GenericChart.getConfig(chart)));
        return figure;
    }

    /// <summary>The figure of an animation (with its frames) as JSON.</summary>
    public static JsonObject FigureJson(Figure figure)
    {
        var json = (JsonObject)JsonNode.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(figure))!;
        json["config"] = new JsonObject { ["responsive"] = true };
        return json;
    }

    /// <summary>An HTML fragment that draws <paramref name="figure"/> in a div with id <paramref name="elementId"/>.</summary>
    public static string Fragment(JsonObject figure, string elementId)
    {
        string json = figure.ToJsonString().Replace("<", "\\u003c", StringComparison.Ordinal);
        return $$"""
            <div id="{{elementId}}" class="plotly-chart" style="width:100%;min-height:450px"></div>
            <script type="text/javascript">
            (function () {
              var figure = {{json}};
              function draw() { Plotly.newPlot('{{elementId}}', figure); }
              if (window.Plotly) { draw(); return; }
              var script = document.createElement('script');
              script.src = 'https://cdn.plot.ly/plotly-{{PlotlyJsVersion}}.min.js';
              script.onload = draw;
              document.head.appendChild(script);
            })();
            </script>
            """;
    }

    /// <summary>
    /// The figure for the application/vnd.plotly.v1+json MIME type (data and layout), or null for an animation:
    /// VS Code's renderer calls Plotly.newPlot(div, data, layout), which drops frames and config.
    /// </summary>
    public static string? MimeJson(JsonObject figure)
    {
        if (figure["frames"] is JsonArray { Count: > 0 }) return null;
        return new JsonObject { ["data"] = figure["data"]?.DeepClone(), ["layout"] = figure["layout"]?.DeepClone() }.ToJsonString();
    }

    /// <summary>A one-line plain-text stand-in for a chart.</summary>
    public static string PlainText(JsonObject figure)
    {
        int traces = (figure["data"] as JsonArray)?.Count ?? 0;
        int frames = (figure["frames"] as JsonArray)?.Count ?? 0;
        string? title = figure["layout"]?["title"]?["text"]?.GetValue<string>();
        return $"Plotly chart: {traces} trace(s)" + (frames > 0 ? $", {frames} frame(s)" : "") + (title is null ? "" : $", \"{title}\"");
    }
}
