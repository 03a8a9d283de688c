using System.Collections.Immutable;
using Ki.Domain.Internal;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// Erstattungsanspruch, its dates: the day the grant became ineffective in part (interest runs from the day after,
/// § 49a Abs. 3 VwVfG NRW), the day up to which interest is asked for, and the repayments made so far.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class RepaymentClaim
{
    /// <summary>Creates the dates of a repayment claim.</summary>
    /// <param name="ineffectiveFrom">The day the grant became ineffective in part (not itself an interest day).</param>
    /// <param name="asOf">The last interest day: the day of final payment or the day the claim is stated; not before <paramref name="ineffectiveFrom"/>.</param>
    /// <param name="payments">The repayments made so far, none after <paramref name="asOf"/>; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="payments"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="asOf"/> lies before <paramref name="ineffectiveFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A payment lies after <paramref name="asOf"/>.</exception>
    public RepaymentClaim(LocalDate ineffectiveFrom, LocalDate asOf, IEnumerable<Payment> payments)
    {
        Preconditions.CheckNotNull(payments);
        Preconditions.CheckArgument(asOf >= ineffectiveFrom, nameof(asOf),
            $"The as-of day {SettlementTexts.DateEn(asOf)} lies before the day the grant became ineffective ({SettlementTexts.DateEn(ineffectiveFrom)}).",
            $"Der Stichtag {TextFormats.Date(asOf, german: true)} liegt vor dem Tag, an dem der Zuwendungsbescheid unwirksam wurde ({TextFormats.Date(ineffectiveFrom, german: true)}).");
        ImmutableArray<Payment> list = [.. payments];
        for (int i = 0; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i] is not null, nameof(payments), $"Repayment {i} is null.", $"Die Rückzahlung {i} ist null.");
            Preconditions.CheckRange(list[i].On <= asOf, list[i].On,
                $"Repayment {i} on {SettlementTexts.DateEn(list[i].On)} lies after the as-of day {SettlementTexts.DateEn(asOf)}.",
                $"Die Rückzahlung {i} am {TextFormats.Date(list[i].On, german: true)} liegt nach dem Stichtag {TextFormats.Date(asOf, german: true)}.");
        }

        IneffectiveFrom = ineffectiveFrom;
        AsOf = asOf;
        Payments = [.. list.OrderBy(p => p.On)];
    }

    /// <summary>The day the grant became ineffective in part; interest runs from the day after.</summary>
    public LocalDate IneffectiveFrom { get; }

    /// <summary>The last interest day.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The repayments made so far, in date order.</summary>
    public ImmutableArray<Payment> Payments { get; }

    /// <summary>Returns the dates.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"ineffective {SettlementTexts.DateEn(IneffectiveFrom)}, as of {SettlementTexts.DateEn(AsOf)}, {Payments.Length} repayments";
}
