namespace Ki.Cli.Commands;

/// <summary>
/// The kinds of place column and how each writes its cells: a text the same in CSV and table, a count (invariant in
/// CSV, grouped in the session's language in the table), an area with two decimals.
/// </summary>
internal static class PlaceColumns
{
    /// <summary>A text column, the same in CSV and in the table.</summary>
    public static PlaceColumn<T> Text<T>(string csv, string english, string german, Func<T, string> cell) =>
        new(csv, english, german, false, cell, (place, _) => cell(place));

    /// <summary>A count, such as a population.</summary>
    public static PlaceColumn<T> Count<T>(string csv, string english, string german, Func<T, long> count) =>
        new(csv, english, german, true, place => PlaceOutput.Count(count(place)), (place, lang) => lang.Count(count(place)));

    /// <summary>The area in square kilometres, with two decimals.</summary>
    public static PlaceColumn<T> Area<T>(Func<T, decimal> km2) =>
        new("area_km2", "area km²", "Fläche km²", true, place => PlaceOutput.Area(km2(place)), (place, lang) => lang.Decimal(km2(place), 2));
}
