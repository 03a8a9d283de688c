namespace Ki.Domain.Allocation;

/// <summary>One recipient's seats in an apportionment, and whether an open tie touched it.</summary>
/// <remarks>Immutable; safe to share across threads.</remarks>
public sealed class ApportionmentLine
{
    internal ApportionmentLine(AllocationRecipient recipient, long units, decimal seats, bool isTie)
    {
        Recipient = recipient;
        Units = units;
        Seats = seats;
        IsTie = isTie;
    }

    /// <summary>The recipient as given.</summary>
    public AllocationRecipient Recipient { get; }

    /// <summary>The recipient's id.</summary>
    public string Id => Recipient.Id;

    /// <summary>The recipient's name.</summary>
    public string Name => Recipient.Name;

    /// <summary>The recipient's weight (votes, population ...).</summary>
    public decimal Weight => Recipient.Weight;

    /// <summary>The number of units given.</summary>
    public long Units { get; }

    /// <summary>The seats or posts: <see cref="Units"/> times the unit (2.5 posts for five half posts).</summary>
    public decimal Seats { get; }

    /// <summary>Whether this recipient was part of a tie the method left open (equal remainders or averages at the
    /// last unit), which was broken in favour of the id that sorts first.</summary>
    public bool IsTie { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Name}): {Seats}{(IsTie ? " (tie)" : string.Empty)}";
}
