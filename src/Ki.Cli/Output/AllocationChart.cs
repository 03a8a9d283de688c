using System.Globalization;
using System.Net;
using System.Text;
using Ki.Domain.Allocation;
using Ki.Domain.Money;

namespace Ki.Cli.Output;

/// <summary>
/// Draws an allocation result as a self-contained SVG bar chart: one bar per recipient, largest amount first, with
/// the amount and whether the line got a remainder unit or sat at a bound. The output depends only on the result
/// (invariant numbers, no dates), so a chart committed to the docs can be checked against a fresh run.
/// </summary>
internal static class AllocationChart
{
    private const int Width = 760;
    private const int LabelWidth = 170;
    private const int AmountWidth = 150;
    private const int BarHeight = 20;
    private const int Gap = 6;
    private const int Top = 58;

    /// <summary>Returns the SVG document for <paramref name="result"/> with a title line, its texts in <paramref name="lang"/>.</summary>
    public static string Render(AllocationResult result, string title, Lang lang)
    {
        AllocationLine[] lines = [.. result.Lines.OrderByDescending(l => l.Amount).ThenBy(l => l.Id, StringComparer.Ordinal)];
        long max = Math.Max(1, lines.Length == 0 ? 1 : lines.Max(l => l.Amount.Cents));
        int height = Top + (lines.Length * (BarHeight + Gap)) + 40;
        int barSpace = Width - LabelWidth - AmountWidth - 20;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{height}\" viewBox=\"0 0 {Width} {height}\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\" aria-labelledby=\"title\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title id=\"title\">{Escape(title)}</title>\n");
        svg.Append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"bold\">{Escape(title)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"10\" y=\"42\" fill=\"#555555\">{Escape(lang.T($"budget {Money(result.Budget)} EUR, allocated {Money(result.Allocated)} EUR, unallocated {Money(result.Unallocated)} EUR; ● = got a remainder unit", $"Budget {Money(result.Budget)} EUR, verteilt {Money(result.Allocated)} EUR, nicht verteilt {Money(result.Unallocated)} EUR; ● = erhielt eine Resteinheit"))}</text>\n");
        for (int i = 0; i < lines.Length; i++)
        {
            AllocationLine line = lines[i];
            int y = Top + (i * (BarHeight + Gap));
            long barWidth = Math.Max(1, line.Amount.Cents * barSpace / max);
            string fill = (line.Reasons & (AllocationReasons.Floor | AllocationReasons.Cap | AllocationReasons.Demand)) != 0 ? "#c0504d" : "#2f6f9f";
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth}\" y=\"{y + 15}\" text-anchor=\"end\">{Escape(line.Name)}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"{LabelWidth + 8}\" y=\"{y}\" width=\"{barWidth}\" height=\"{BarHeight}\" fill=\"{fill}\"><title>{Escape(line.Id)}: {lang.T("exact share", "exakter Anteil")} {line.Quota}, {lang.T("amount", "Betrag")} {Money(line.Amount)} EUR</title></rect>\n");
            string marker = (line.Reasons & AllocationReasons.Remainder) != 0 ? " ●" : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"  <text x=\"{LabelWidth + 14 + barWidth}\" y=\"{y + 15}\">{Money(line.Amount)}{marker}</text>\n");
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Money(Euro amount) => amount.ToString("N", CultureInfo.InvariantCulture);

    /// <summary>Text for SVG (XML 1.0): control characters, which XML cannot carry, are dropped; markup characters become entities.</summary>
    public static string Escape(string text) =>
        WebUtility.HtmlEncode(new string([.. text.Where(c => !char.IsControl(c) && c != '\uFFFE' && c != '\uFFFF')]));
}
