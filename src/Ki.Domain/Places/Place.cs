using Ki.Domain.Internal;

namespace Ki.Domain.Places;

/// <summary>
/// Gebietskörperschaft: a <see cref="District"/> or a <see cref="Municipality"/> of North Rhine-Westphalia, with what
/// both have: the official name, the population and the area.
/// </summary>
/// <remarks>
/// <see cref="Population"/> counts people at the gazetteer's reference date; <see cref="AreaKm2"/> is in square
/// kilometres with at most two decimals, as the municipal register (GV-ISys) publishes it. The set of places is
/// closed: no other assembly can derive from this class. Immutable; safe to share across threads.
/// </remarks>
public abstract class Place
{
    /// <summary>Holds the figures; the derived constructor checks them (<see cref="CheckName"/>, <see cref="CheckFigures"/>) in its own order.</summary>
    private protected Place(string name, long population, decimal areaKm2)
    {
        Name = name;
        Population = population;
        AreaKm2 = areaKm2;
    }

    /// <summary>The official name with its suffix, such as <c>Bonn, Stadt</c> or <c>Rüthen, Stadt</c>.</summary>
    public string Name { get; }

    /// <summary>The name without the official suffix after the first comma, such as <c>Bonn</c>.</summary>
    public string ShortName => PlaceNames.ShortName(Name);

    /// <summary>The number of people (Bevölkerung) at the gazetteer's reference date.</summary>
    public long Population { get; }

    /// <summary>The area in km² (Fläche), at most two decimals.</summary>
    public decimal AreaKm2 { get; }

    /// <summary>Whether another place has the same name, population and area.</summary>
    private protected bool HasSameNameAndFigures(Place other) =>
        string.Equals(Name, other.Name, StringComparison.Ordinal) && Population == other.Population && AreaKm2 == other.AreaKm2;

    /// <summary>Checks the name (not blank, no control characters).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or holds a control character.</exception>
    private protected static void CheckName(string name)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name) && !name.Any(char.IsControl), nameof(name), "The name must not be blank nor hold control characters such as tabs or line breaks.",
            "Der Name darf nicht leer sein und keine Steuerzeichen wie Tabulatoren oder Zeilenumbrüche enthalten.");
    }

    /// <summary>Checks the population and the area (not negative, the area at most two decimals).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A figure is negative, or the area has more than two decimals.</exception>
    private protected static void CheckFigures(long population, decimal areaKm2)
    {
        Preconditions.CheckNonNegative(population);
        Preconditions.CheckNonNegative(areaKm2);
        Preconditions.CheckRange(decimal.Round(areaKm2, 2) == areaKm2, areaKm2, "The area must have at most two decimals (hectares).", "Die Fläche darf höchstens zwei Nachkommastellen haben (Hektar).");
    }
}
