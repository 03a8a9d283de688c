using Ki.Domain.Money;
using Ki.Domain.Programmes;

namespace Ki.Domain.Settlement;

/// <summary>One payment in a call-off plan: whether it falls due within two months after payout, and the grant share it needs.</summary>
/// <remarks>Equality is reference equality. Immutable; safe to share across threads.</remarks>
public sealed class CallOffLine
{
    internal CallOffLine(DuePayment payment, bool isDue, Euro grantPart, string code, LocalizedText text)
    {
        Payment = payment;
        IsDue = isDue;
        GrantPart = grantPart;
        Code = code;
        Text = text;
    }

    /// <summary>The payment.</summary>
    public DuePayment Payment { get; }

    /// <summary>Whether the payment falls due no later than two months after payout.</summary>
    public bool IsDue { get; }

    /// <summary>The part of the grant this payment needs; zero for a payment not yet due or covered by own and other funds.</summary>
    public Euro GrantPart { get; }

    /// <summary>The stable code: due, not yet due, or own funds first (one of <see cref="SettlementCodes"/>).</summary>
    public string Code { get; }

    /// <summary>Why, in German and English.</summary>
    public LocalizedText Text { get; }

    /// <summary>Returns the payment and the code.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Payment.Id}: {Code} {GrantPart.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
