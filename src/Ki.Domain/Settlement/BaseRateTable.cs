using System.Collections.Immutable;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// The Basiszinssatz (§ 247 BGB) over time: each value with the day it took effect, and the last day the table is
/// known to hold.
/// </summary>
/// <remarks>
/// <para>
/// The base rate changes on 1 January and 1 July (§ 247(1) BGB) and is announced by the Deutsche Bundesbank in the
/// Bundesanzeiger (§ 247(2) BGB). <see cref="Default"/> is the table embedded in this library version, known up to
/// <see cref="KnownUntil"/>; a day after it has no known rate (unknown is not zero), so a later table is read from a
/// file (<c>SettlementJson.ReadBaseRates</c>) and passed to the <see cref="InterestCalculator"/>.
/// </para>
/// <para>Equality is reference equality. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed partial class BaseRateTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="rates">The values, in ascending order of their first day, at least one.</param>
    /// <param name="knownUntil">The last day the table is known to hold (the day before the next announced change).</param>
    /// <param name="source">The publication the table follows, such as the Deutsche Bundesbank's announcements.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> or one of its values is null.</exception>
    /// <exception cref="ArgumentException">There is no value, two values are not in ascending order of their first
    /// day, <paramref name="knownUntil"/> lies before the last value's first day, or <paramref name="source"/> is the
    /// default (no source).</exception>
    public BaseRateTable(IEnumerable<BaseRate> rates, LocalDate knownUntil, SourceReference source)
    {
        Preconditions.CheckNotNull(rates);
        ImmutableArray<BaseRate> list = [.. rates];
        Preconditions.CheckArgument(list.Length > 0, nameof(rates), "A base rate table needs at least one value.", "Eine Basiszinstabelle braucht mindestens einen Wert.");
        for (int i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, nameof(rates), $"Base rate {i} is null.", $"Der Basiszinssatz {i} ist null.");
            Preconditions.CheckArgument(i == 0 || list[i - 1].From < list[i].From, nameof(rates),
                $"Base rate {i} (from {list[i].From:uuuu'-'MM'-'dd}) does not come after the one before it; list the values in ascending order of their first day, each day once.",
                $"Der Basiszinssatz {i} (ab {TextFormats.Date(list[i].From, german: true)}) folgt nicht auf den vorigen; die Werte aufsteigend nach ihrem ersten Tag aufführen, jeden Tag einmal.");
        }

        Preconditions.CheckArgument(knownUntil >= list[^1].From, nameof(knownUntil),
            $"The table is said to be known until {knownUntil:uuuu'-'MM'-'dd}, before its last value takes effect ({list[^1].From:uuuu'-'MM'-'dd}).",
            $"Die Tabelle soll bis {TextFormats.Date(knownUntil, german: true)} bekannt sein, das ist vor dem Tag, ab dem ihr letzter Wert gilt ({TextFormats.Date(list[^1].From, german: true)}).");
        Rates = list;
        KnownUntil = knownUntil;
        Source = SourceReference.CheckCited(source, "A base rate table needs its source (the publication it follows).", "Eine Basiszinstabelle braucht ihre Quelle (die Veröffentlichung, der sie folgt).");
    }

    /// <summary>The values, in ascending order of their first day.</summary>
    public ImmutableArray<BaseRate> Rates { get; }

    /// <summary>The last day the table is known to hold; later days have no known rate.</summary>
    public LocalDate KnownUntil { get; }

    /// <summary>The first day the table holds a rate for.</summary>
    public LocalDate FirstDay => Rates[0].From;

    /// <summary>The publication the table follows.</summary>
    public SourceReference Source { get; }

    /// <summary>Finds the rate in force on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The value in force, or <see langword="null"/> when the day lies before the first value or after <see cref="KnownUntil"/>.</returns>
    public BaseRate? Find(LocalDate day)
    {
        if (day < FirstDay || day > KnownUntil)
        {
            return null;
        }

        int low = 0;
        int high = Rates.Length - 1;
        while (low < high)
        {
            int mid = (low + high + 1) / 2;
            if (Rates[mid].From <= day)
            {
                low = mid;
            }
            else
            {
                high = mid - 1;
            }
        }

        return Rates[low];
    }

    /// <summary>Returns the first day, the last known day and the number of values.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Basiszinssatz {FirstDay:uuuu'-'MM'-'dd} to {KnownUntil:uuuu'-'MM'-'dd}, {Rates.Length} values";
}
