using System.Collections.Immutable;
using Ki.Domain.Money;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Settlement;

/// <summary>
/// The call-off plan on a payout day: each payment with its grant share, what may be called off now, and whether a
/// requested call-off asks for money needed only later than two months after payout.
/// </summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class CallOffResult
{
    internal CallOffResult(CallOffRequest request, LocalDate lastDueDay, ImmutableArray<CallOffLine> lines, Euro grantNeeded, Euro allowed, string code,
        LocalizedText reason, SourceReference rule, RoundingMode rounding)
    {
        Request = request;
        LastDueDay = lastDueDay;
        Lines = lines;
        GrantNeeded = grantNeeded;
        Allowed = allowed;
        Code = code;
        Reason = reason;
        Rule = rule;
        Rounding = rounding;
    }

    /// <summary>The request.</summary>
    public CallOffRequest Request { get; }

    /// <summary>The last due day that counts: two months after the payout day (§ 188(2), (3) BGB).</summary>
    public LocalDate LastDueDay { get; }

    /// <summary>The payments in due order, each with its grant share.</summary>
    public ImmutableArray<CallOffLine> Lines { get; }

    /// <summary>The grant that the payments due up to <see cref="LastDueDay"/> need in total (never above the award).</summary>
    public Euro GrantNeeded { get; }

    /// <summary>What may be called off now: <see cref="GrantNeeded"/> less what was called off before, never negative.</summary>
    public Euro Allowed { get; }

    /// <summary>The part of the requested amount above <see cref="Allowed"/>; zero when nothing or not more was requested.</summary>
    public Euro Excess => Request.Requested is { } requested ? Euro.Max(requested - Allowed, Euro.Zero) : Euro.Zero;

    /// <summary>The stable code: allowed, or too early (one of <see cref="SettlementCodes"/>).</summary>
    public string Code { get; }

    /// <summary>The result in words, German and English.</summary>
    public LocalizedText Reason { get; }

    /// <summary>The rule applied (the two-month call-off rule of the ANBest).</summary>
    public SourceReference Rule { get; }

    /// <summary>How a fraction of a cent was rounded.</summary>
    public RoundingMode Rounding { get; }

    /// <summary>Returns the code and the allowed amount.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} allowed {Allowed.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
