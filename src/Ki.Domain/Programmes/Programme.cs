using System.Collections.Immutable;
using Ki.Domain.Internal;

namespace Ki.Domain.Programmes;

/// <summary>
/// Förderprogramm: a named funding programme (KOMM-AN NRW, KI-Förderung, KIM) with its legal basis and its lines.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class Programme
{
    /// <summary>Creates a programme.</summary>
    /// <param name="id">A stable identifier in kebab case, such as <c>komm-an</c>.</param>
    /// <param name="name">The programme's name in German and English.</param>
    /// <param name="basis">The legal basis (the first or main text; versions may name newer ones).</param>
    /// <param name="lines">The funding lines.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="basis"/>, <paramref name="lines"/> or a line is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank or contains white space.</exception>
    public Programme(string id, LocalizedText name, LegalBasis basis, IEnumerable<FundingLine> lines)
    {
        ModelChecks.CheckIdentifier(id, "A programme identifier", "Die Kennung eines Programms");
        Lines = ModelChecks.CopyNotNull(lines);
        Id = id;
        Name = name;
        Basis = Preconditions.CheckNotNull(basis);
    }

    /// <summary>The stable identifier, such as <c>komm-an</c>.</summary>
    public string Id { get; }

    /// <summary>The programme's name in German and English.</summary>
    public LocalizedText Name { get; }

    /// <summary>The legal basis of the programme.</summary>
    public LegalBasis Basis { get; }

    /// <summary>The funding lines.</summary>
    public ImmutableArray<FundingLine> Lines { get; }

    /// <summary>Budgets of the programme as a whole, by fiscal year, where known.</summary>
    public ImmutableArray<AnnualBudget> Budgets { get; init => field = value.OrEmpty(); } = [];

    /// <summary>Returns the identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
