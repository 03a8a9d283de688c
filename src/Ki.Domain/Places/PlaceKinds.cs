namespace Ki.Domain.Places;

/// <summary>The official German terms and the stable codes of <see cref="DistrictKind"/> and <see cref="MunicipalityKind"/>.</summary>
/// <remarks>
/// The German terms are those of the municipal register (GV-ISys), such as <c>kreisfreie Stadt</c>. The codes are
/// stable lower-case words for files and JSON, such as <c>kreisfreie-stadt</c>. Stateless; safe to use from any thread.
/// </remarks>
public static class PlaceKinds
{
    /// <summary>The one table of the district kinds: code, German term, and the other spellings GV-ISys writes.</summary>
    private static readonly KindTable<DistrictKind> Districts = new(
        (DistrictKind.Kreis, "kreis", "Kreis", []),
        (DistrictKind.KreisfreieStadt, "kreisfreie-stadt", "kreisfreie Stadt", []),
        (DistrictKind.Staedteregion, "staedteregion", "Städteregion", ["Kreis (Städteregion)"]));

    /// <summary>The one table of the municipality kinds: code and German term.</summary>
    private static readonly KindTable<MunicipalityKind> Municipalities = new(
        (MunicipalityKind.KreisfreieStadt, "kreisfreie-stadt", "kreisfreie Stadt", []),
        (MunicipalityKind.KreisangehoerigeStadt, "stadt", "Stadt (kreisangehörig)", []),
        (MunicipalityKind.KreisangehoerigeGemeinde, "gemeinde", "Gemeinde (kreisangehörig)", []));

    /// <summary>The official German term: <c>Kreis</c>, <c>kreisfreie Stadt</c> or <c>Städteregion</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The German term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToGermanTerm(this DistrictKind kind) => Districts.Of(kind).Term;

    /// <summary>The official German term: <c>kreisfreie Stadt</c>, <c>Stadt (kreisangehörig)</c> or <c>Gemeinde (kreisangehörig)</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The German term.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToGermanTerm(this MunicipalityKind kind) => Municipalities.Of(kind).Term;

    /// <summary>The stable code: <c>kreis</c>, <c>kreisfreie-stadt</c> or <c>staedteregion</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToCode(this DistrictKind kind) => Districts.Of(kind).Code;

    /// <summary>The stable code: <c>kreisfreie-stadt</c>, <c>stadt</c> or <c>gemeinde</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined kind.</exception>
    public static string ToCode(this MunicipalityKind kind) => Municipalities.Of(kind).Code;

    /// <summary>Reads a district kind from its code or its German term (as GV-ISys writes it).</summary>
    internal static DistrictKind? DistrictKindFrom(string text) => Districts.From(text);

    /// <summary>Reads a municipality kind from its code or its German term (as GV-ISys writes it).</summary>
    internal static MunicipalityKind? MunicipalityKindFrom(string text) => Municipalities.From(text);

    /// <summary>The kinds of one enum with their code, German term and other spellings, each written once.</summary>
    private sealed class KindTable<T>(params (T Kind, string Code, string Term, string[] Aliases)[] rows)
        where T : struct, Enum
    {
        /// <summary>The row of a kind; an undefined kind is an error.</summary>
        public (T Kind, string Code, string Term, string[] Aliases) Of(T kind)
        {
            foreach ((T Kind, string Code, string Term, string[] Aliases) row in rows)
            {
                if (EqualityComparer<T>.Default.Equals(row.Kind, kind))
                {
                    return row;
                }
            }

            throw new ArgumentOutOfRangeException(nameof(kind), kind, $"{typeof(T).Name} has no member with the value {Convert.ToInt32(kind, System.Globalization.CultureInfo.InvariantCulture)}.");
        }

        /// <summary>The kind whose code, German term or other spelling the text is (ordinal), or null.</summary>
        public T? From(string text)
        {
            foreach ((T Kind, string Code, string Term, string[] Aliases) row in rows)
            {
                if (text == row.Code || text == row.Term || row.Aliases.Contains(text))
                {
                    return row.Kind;
                }
            }

            return null;
        }
    }
}
