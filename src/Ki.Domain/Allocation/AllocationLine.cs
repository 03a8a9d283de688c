using Ki.Domain.Money;

namespace Ki.Domain.Allocation;

/// <summary>
/// One line of an allocation's explanation: the recipient, its weight, its exact quota, the amount it gets and why
/// (raised to a floor, cut at a cap or demand, or given a leftover unit).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Quota"/> is the exact, unrounded amount the rules give this recipient before rounding to the unit:
/// <c>base_i + λ·w_i</c> for a recipient between its bounds (without bounds simply <c>B·w_i/Σw</c>), or the bound
/// itself for a recipient held at one. <see cref="Amount"/> differs from it by less than one unit; a recipient at a
/// bound gets the bound exactly. An allocation keeps only what it needs to compute the quota, and computes it when read.
/// </para>
/// <para>Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class AllocationLine
{
    private readonly QuotaSource _quotas;

    internal AllocationLine(AllocationRecipient recipient, ExactAmount quota, Euro amount, AllocationReasons flags)
        : this(recipient, new FixedQuota(quota), amount, flags)
    {
    }

    internal AllocationLine(AllocationRecipient recipient, QuotaSource quotas, Euro amount, AllocationReasons flags)
    {
        Recipient = recipient;
        _quotas = quotas;
        Amount = amount;
        Reasons = flags;
    }

    /// <summary>The recipient as given in the request.</summary>
    public AllocationRecipient Recipient { get; }

    /// <summary>The recipient's id.</summary>
    public string Id => Recipient.Id;

    /// <summary>The recipient's name.</summary>
    public string Name => Recipient.Name;

    /// <summary>The recipient's weight (key value).</summary>
    public decimal Weight => Recipient.Weight;

    /// <summary>The exact quota before rounding to the unit.</summary>
    /// <remarks>Computed when read (a few <see cref="System.Numerics.BigInteger"/> operations), the same value on every read.</remarks>
    public ExactAmount Quota => _quotas.QuotaOf(this);

    /// <summary>The amount allocated (Zuweisung), a whole multiple of the unit.</summary>
    public Euro Amount { get; }

    /// <summary>Why the amount differs from the proportional share rounded down.</summary>
    public AllocationReasons Reasons { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}): {Amount} (quota {Quota}{(Reasons == AllocationReasons.None ? string.Empty : ", " + Reasons)})";
}
