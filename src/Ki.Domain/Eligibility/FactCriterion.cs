using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Benannte Angabe: compares a named fact of the application (a number such as the refugees housed, an amount, a date,
/// or a key) with a constant of the rule, such as "refugeesHoused more than 150" or "membership one of A, B".
/// </summary>
/// <remarks>
/// <para>
/// Code <c>KI-ELIG-FACT</c>. The fact is declared (<see cref="FactDeclaration"/>: name, type, label and unit) and read
/// from <see cref="Applications.Application.Facts"/>. Three-valued: a fact the application does not state, or states
/// in a form its type cannot read (<c>"many"</c> for a number), is unknown and named as <c>facts.NAME</c>; the
/// criterion is then undetermined, never false. The constants are checked when the criterion is made. A rule file
/// declares facts and criteria as data; nothing in it executes code.
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class FactCriterion : Criterion
{
    private readonly decimal[] _numbers;
    private LocalizedText? _required;

    /// <summary>Creates the criterion.</summary>
    /// <param name="fact">The fact compared.</param>
    /// <param name="comparison">How it is compared.</param>
    /// <param name="values">The constants as invariant text: exactly one, or one or more for <see cref="FactComparison.OneOf"/>.</param>
    /// <param name="legalReference">The legal reference; <see langword="null"/> for the default ("the funding directive").</param>
    /// <exception cref="ArgumentNullException"><paramref name="fact"/>, <paramref name="values"/> or a value is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="comparison"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The number of values does not fit the comparison, a value is not of the
    /// fact's type, a key is compared by order, or <paramref name="legalReference"/> is blank.</exception>
    public FactCriterion(FactDeclaration fact, FactComparison comparison, IEnumerable<string> values, string? legalReference = null)
        : base(legalReference, new CriterionKind("fact", EligibilityCodes.Fact, Preconditions.CheckNotNull(fact).Label, LegalReferences.Fact))
    {
        Fact = fact;
        Preconditions.CheckRange(comparison is >= FactComparison.LessThan and <= FactComparison.OneOf, comparison, "The comparison is not defined.", "Der Vergleich ist nicht definiert.");
        string[] all = [.. Preconditions.CheckNotNull(values)];
        Preconditions.CheckArgument(comparison == FactComparison.OneOf ? all.Length > 0 : all.Length == 1, nameof(values),
            comparison == FactComparison.OneOf ? "A one-of comparison needs at least one value." : "A comparison needs exactly one value.",
            comparison == FactComparison.OneOf ? "Ein Vergleich one-of braucht mindestens einen Wert." : "Ein Vergleich braucht genau einen Wert.");
        Preconditions.CheckArgument(fact.Type != FactType.Key || comparison is FactComparison.EqualTo or FactComparison.OneOf, nameof(comparison),
            $"The key fact '{fact.Name}' can only be compared with equal-to or one-of.",
            $"Die Schlüssel-Angabe '{fact.Name}' lässt sich nur mit equal-to oder one-of vergleichen.");
        _numbers = new decimal[all.Length];
        for (int i = 0; i < all.Length; i++)
        {
            Preconditions.CheckNotNull(all[i], nameof(values));
            Preconditions.CheckArgument(fact.IsValue(all[i]), nameof(values), $"'{all[i]}' is not a value of the {TypeName(fact.Type)} fact '{fact.Name}'.", $"'{all[i]}' ist kein Wert der Angabe '{fact.Name}' (Art {TypeName(fact.Type)}).");
            if (fact.Type != FactType.Key)
            {
                fact.TryRead(all[i], out _numbers[i]);
            }
        }

        Comparison = comparison;
        Values = [.. all];
    }

    /// <summary>The fact compared.</summary>
    public FactDeclaration Fact { get; }

    /// <summary>How it is compared.</summary>
    public FactComparison Comparison { get; }

    /// <summary>The constants, as invariant text.</summary>
    public ImmutableArray<string> Values { get; }

    /// <summary>The name of a fact type in rule files: number, amount, date, key.</summary>
    internal static string TypeName(FactType type) => type switch
    {
        FactType.Number => "number",
        FactType.Amount => "amount",
        FactType.Date => "date",
        _ => "key",
    };

    /// <summary>The name of a comparison in rule files: less-than, at-most, equal-to, at-least, more-than, one-of.</summary>
    internal static string ComparisonName(FactComparison comparison) => comparison switch
    {
        FactComparison.LessThan => "less-than",
        FactComparison.AtMost => "at-most",
        FactComparison.EqualTo => "equal-to",
        FactComparison.AtLeast => "at-least",
        FactComparison.MoreThan => "more-than",
        _ => "one-of",
    };

    /// <inheritdoc />
    internal override Verdict Judge(in EvaluationInput context)
    {
        if (!context.Application.Facts.TryGetValue(Fact.Name, out string? text))
        {
            return Missing(context, Fact.Path);
        }

        if (Fact.Type == FactType.Key)
        {
            return Decided(Values.Contains(text, StringComparer.Ordinal));
        }

        if (!Fact.TryRead(text, out decimal value))
        {
            return Missing(context, Fact.Path);
        }

        bool pass = Comparison switch
        {
            FactComparison.LessThan => value < _numbers[0],
            FactComparison.AtMost => value <= _numbers[0],
            FactComparison.AtLeast => value >= _numbers[0],
            FactComparison.MoreThan => value > _numbers[0],
            _ => _numbers.Contains(value),
        };
        return Decided(pass);
    }

    /// <inheritdoc />
    internal override (LocalizedText Actual, LocalizedText Required) Describe(CriterionResult result)
    {
        LocalizedText required = _required ??= Required();
        return result.Application.Facts.TryGetValue(Fact.Name, out string? text)
            ? (Fact.Format(text), required)
            : (new LocalizedText("nicht angegeben", "not stated"), required);
    }

    private LocalizedText Required()
    {
        bool date = Fact.Type == FactType.Date;
        (string de, string en) = Comparison switch
        {
            FactComparison.LessThan => date ? ("vor ", "before ") : ("weniger als ", "less than "),
            FactComparison.AtMost => date ? ("spätestens am ", "on or before ") : ("höchstens ", "at most "),
            FactComparison.EqualTo => date ? ("am ", "on ") : ("gleich ", "equal to "),
            FactComparison.AtLeast => date ? ("frühestens am ", "on or after ") : ("mindestens ", "at least "),
            FactComparison.MoreThan => date ? ("nach ", "after ") : ("mehr als ", "more than "),
            _ => ("eines von: ", "one of: "),
        };
        LocalizedText[] values = [.. Values.Select(Fact.Format)];
        return new LocalizedText(de + string.Join(", ", values.Select(v => v.German)), en + string.Join(", ", values.Select(v => v.English)));
    }
}
