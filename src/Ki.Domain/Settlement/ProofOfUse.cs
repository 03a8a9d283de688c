using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Settlement;

/// <summary>
/// Verwendungsnachweis (zahlenmäßiger Nachweis): the award, the money paid out, and the financing plan's items and
/// funds, each planned (as approved) and actual (as proven).
/// </summary>
/// <remarks>
/// <para>
/// The planned side is the approved financing plan of the Bescheid; a source of funds that appeared later has a planned
/// amount of zero. With Festbetragsfinanzierung per unit (per post), <see cref="FixedUnits"/> says how many units were
/// awarded and provided. <see cref="Terms"/> carries the line's settlement parameters (item tolerance, no-reduction
/// threshold).
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class ProofOfUse
{
    private readonly ImmutableArray<FixedUnitUse> _fixedUnits = [];
    private readonly SettlementTerms _terms = SettlementTerms.AnbestP;

    /// <summary>Creates a proof of use.</summary>
    /// <param name="id">The case's identifier, such as the Bescheid's file number.</param>
    /// <param name="financing">The financing type of the Bescheid.</param>
    /// <param name="awarded">The grant awarded (Zuwendung laut Bescheid); not negative.</param>
    /// <param name="paidOut">The grant paid out so far; not negative.</param>
    /// <param name="items">The cost items, at least one, identifiers unique.</param>
    /// <param name="funds">The other funds (own, third-party, other funders), identifiers unique; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank, there is no item, an identifier repeats, the planned
    /// costs are zero, or the award exceeds the planned costs (a grant never exceeds the eligible costs).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="financing"/> is not defined, or an amount is negative.</exception>
    public ProofOfUse(string id, FinancingType financing, Euro awarded, Euro paidOut, IEnumerable<CostItem> items, IEnumerable<FundsLine> funds)
    {
        ModelChecks.CheckNotBlank(id, "A proof of use needs an identifier.", "Ein Verwendungsnachweis braucht eine Kennung.");
        Preconditions.CheckNotNull(items);
        Preconditions.CheckNotNull(funds);
        Preconditions.CheckRange(financing is >= FinancingType.Share and <= FinancingType.Full, financing, $"Financing type {(int)financing} is not defined.", $"Die Finanzierungsart {(int)financing} ist nicht definiert.");
        Preconditions.CheckRange(!awarded.IsNegative, awarded, "The awarded grant must not be negative.", "Die bewilligte Zuwendung darf nicht negativ sein.");
        Preconditions.CheckRange(!paidOut.IsNegative, paidOut, "The grant paid out must not be negative.", "Die ausgezahlte Zuwendung darf nicht negativ sein.");
        ImmutableArray<CostItem> itemList = [.. items];
        ImmutableArray<FundsLine> fundsList = [.. funds];
        Preconditions.CheckArgument(itemList.Length > 0, nameof(items), "A proof of use needs at least one cost item.", "Ein Verwendungsnachweis braucht mindestens eine Ausgabeposition.");
        Preconditions.CheckArgument(itemList.All(i => i is not null), nameof(items), "A cost item is null.", "Eine Ausgabeposition ist null.");
        Preconditions.CheckArgument(fundsList.All(f => f is not null), nameof(funds), "A funds line is null.", "Eine Finanzierungsposition ist null.");
        CheckUnique(itemList.Select(i => i.Id), nameof(items));
        CheckUnique(fundsList.Select(f => f.Id), nameof(funds));
        Euro planned = Euro.Sum(itemList.Select(i => i.Planned));
        Preconditions.CheckArgument(planned.IsPositive, nameof(items), "The planned eligible costs must be positive; a plan without costs cannot be settled.",
            "Die geplanten zuwendungsfähigen Ausgaben müssen positiv sein; ein Plan ohne Ausgaben lässt sich nicht abrechnen.");
        Preconditions.CheckArgument(awarded <= planned, nameof(awarded),
            $"The award of {awarded} exceeds the planned eligible costs of {planned}; a grant never exceeds the eligible costs.",
            $"Die Bewilligung von {awarded} übersteigt die geplanten zuwendungsfähigen Ausgaben von {planned}; eine Zuwendung übersteigt nie die zuwendungsfähigen Ausgaben.");
        Id = id;
        Financing = financing;
        Awarded = awarded;
        PaidOut = paidOut;
        Items = itemList;
        Funds = fundsList;
    }

    /// <summary>The case's identifier.</summary>
    public string Id { get; }

    /// <summary>The financing type of the Bescheid.</summary>
    public FinancingType Financing { get; }

    /// <summary>The grant awarded.</summary>
    public Euro Awarded { get; }

    /// <summary>The grant paid out so far.</summary>
    public Euro PaidOut { get; }

    /// <summary>The cost items.</summary>
    public ImmutableArray<CostItem> Items { get; }

    /// <summary>The other funds.</summary>
    public ImmutableArray<FundsLine> Funds { get; }

    /// <summary>Festbetrag je Einheit: the units awarded and provided; empty unless the Festbetrag is per unit.</summary>
    /// <exception cref="ArgumentException">Set to a non-empty list when the financing type is not Festbetragsfinanzierung, or to a list with a null element or an identifier twice.</exception>
    public ImmutableArray<FixedUnitUse> FixedUnits
    {
        get => _fixedUnits;
        init
        {
            Preconditions.CheckArgument(value.IsDefault || value.All(u => u is not null), nameof(FixedUnits), "A unit is null.", "Eine Einheit ist null.");
            ImmutableArray<FixedUnitUse> units = value.IsDefault ? [] : value;
            Preconditions.CheckArgument(units.IsEmpty || Financing == FinancingType.FixedAmount, nameof(FixedUnits),
                "Units per Festbetrag are only meaningful with Festbetragsfinanzierung.",
                "Einheiten je Festbetrag sind nur bei Festbetragsfinanzierung sinnvoll.");
            CheckUnique(units.Select(u => u.Id), nameof(FixedUnits));
            _fixedUnits = units;
        }
    }

    /// <summary>The settlement parameters; the model ANBest-P terms unless set.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public SettlementTerms Terms
    {
        get => _terms;
        init => _terms = Preconditions.CheckNotNull(value);
    }

    /// <summary>The planned eligible costs, the sum of the items' planned amounts.</summary>
    public Euro PlannedCosts => Euro.Sum(Items.Select(i => i.Planned));

    /// <summary>The actual eligible costs as proven, the sum of the items' actual amounts (before the tolerance check).</summary>
    public Euro ActualCosts => Euro.Sum(Items.Select(i => i.Actual));

    /// <summary>The planned other funds.</summary>
    public Euro PlannedFunds => Euro.Sum(Funds.Select(f => f.Planned));

    /// <summary>The actual other funds.</summary>
    public Euro ActualFunds => Euro.Sum(Funds.Select(f => f.Actual));

    /// <summary>Returns the identifier, the financing type and the award.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id}: {EnumCodes.ToCode(Financing)} {Awarded}";

    private static void CheckUnique(IEnumerable<string> ids, string paramName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string id in ids)
        {
            Preconditions.CheckArgument(seen.Add(id), paramName, $"The identifier '{id}' appears twice.", $"Die Kennung '{id}' steht zweimal da.");
        }
    }
}
