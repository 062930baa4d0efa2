using System.Globalization;
using SamePage.Core.CheckIns;
using SamePage.Web.Circles;

namespace SamePage.Web.CheckIns;

/// <summary>One member's line on a trend chart: their scores and the look that tells the lines apart.</summary>
public sealed record TrendSeries(MemberView Member, int Style, IReadOnlyList<TrendPoint> Points);

/// <summary>
/// The geometry of one item's trend chart, drawn as inline SVG by the page (no chart library). Every
/// member's line has its own colour, dash pattern and marker shape, so colour is never the only cue;
/// the same numbers are in the table beside it.
/// </summary>
public sealed class TrendChart
{
    public const int Styles = 8;

    private const double Left = 56, Right = 28, Top = 16, Bottom = 52, Step = 88, PerPoint = 30, MarkerRadius = 5.5, Inset = 20, MinWidth = 300;

    public TrendChart(string item, IReadOnlyList<CheckInRecord> history, IReadOnlyList<MemberView> members)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(members);
        Item = item;
        Numbers = [.. history.Select(r => r.Number).Order()];
        Series =
        [
            .. members
                .Select((m, i) => new TrendSeries(m, i % Styles + 1, ScoreTrends.For(history, m.MembershipId, item)))
                .Where(s => s.Points.Count > 0),
        ];
        Dates = history.ToDictionary(r => r.Number, r => r.OpenedAtUtc);
    }

    public string Item { get; }

    /// <summary>The check-ins on the horizontal axis, oldest first.</summary>
    public IReadOnlyList<int> Numbers { get; }

    public IReadOnlyDictionary<int, DateTime> Dates { get; }

    public IReadOnlyList<TrendSeries> Series { get; }

    /// <summary>Wide enough for every check-in, and never narrower than a phone's width of card.</summary>
    public double Width => Math.Max(MinWidth, Left + Right + (2 * Inset) + (Math.Max(1, Numbers.Count - 1) * Step));

    public double Height => Top + Bottom + (CheckInItems.MaxScore - CheckInItems.MinScore) * PerPoint;

    public double PlotLeft => Left;

    public double PlotRight => Width - Right;

    public double PlotTop => Top;

    public double PlotBottom => Height - Bottom;

    public IEnumerable<int> Scale => Enumerable.Range(CheckInItems.MinScore, CheckInItems.MaxScore - CheckInItems.MinScore + 1);

    /// <summary>Where a check-in sits across, evenly spread; a single check-in sits in the middle.</summary>
    public double X(int number)
    {
        var index = Numbers.ToList().IndexOf(number);
        if (Numbers.Count == 1)
        {
            return (PlotLeft + PlotRight) / 2;
        }

        var step = (PlotRight - PlotLeft - (2 * Inset)) / (Numbers.Count - 1);
        return PlotLeft + Inset + (index * step);
    }

    /// <summary>A member's points are nudged sideways a little, so equal scores stay visible side by side.</summary>
    public double X(int number, TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var offset = (Series.ToList().IndexOf(series) - (Series.Count - 1) / 2.0) * 4;
        return X(number) + offset;
    }

    public double Y(int score) => PlotBottom - (score - CheckInItems.MinScore) * PerPoint;

    public string Line(TrendSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        return string.Join(' ', series.Points.Select(p => $"{N(X(p.Number, series))},{N(Y(p.Score))}"));
    }

    /// <summary>The marker of a style, as path data centred on the point: circle, square, triangle, diamond, and so on.</summary>
    public static string Marker(int style, double x, double y)
    {
        const double r = MarkerRadius;
        return ((style - 1) % Styles) switch
        {
            0 => $"M{N(x - r)},{N(y)} a{N(r)},{N(r)} 0 1,0 {N(2 * r)},0 a{N(r)},{N(r)} 0 1,0 {N(-2 * r)},0 Z",
            1 => $"M{N(x - r)},{N(y - r)} h{N(2 * r)} v{N(2 * r)} h{N(-2 * r)} Z",
            2 => $"M{N(x)},{N(y - r - 1)} L{N(x + r + 1)},{N(y + r)} L{N(x - r - 1)},{N(y + r)} Z",
            3 => $"M{N(x)},{N(y - r - 1.5)} L{N(x + r + 1.5)},{N(y)} L{N(x)},{N(y + r + 1.5)} L{N(x - r - 1.5)},{N(y)} Z",
            4 => $"M{N(x)},{N(y + r + 1)} L{N(x + r + 1)},{N(y - r)} L{N(x - r - 1)},{N(y - r)} Z",
            5 => $"M{N(x - r)},{N(y - 2)} h{N(r - 2)} v{N(-r + 2)} h4 v{N(r - 2)} h{N(r - 2)} v4 h{N(-r + 2)} v{N(r - 2)} h-4 v{N(-r + 2)} h{N(-r + 2)} Z",
            6 => $"M{N(x - r)},{N(y - r / 2)} h{N(2 * r)} v{N(r)} h{N(-2 * r)} Z",
            _ => $"M{N(x - r / 2)},{N(y - r)} h{N(r)} v{N(2 * r)} h{N(-r)} Z",
        };
    }

    public static string N(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
