using NodaTime;

namespace Ki.Domain.Programmes;

/// <summary>Finds overlaps and gaps between validity periods (shared by the catalogue check and the validators).</summary>
internal static class Timeline
{
    /// <summary>An overlap or gap between version <paramref name="First"/> and version <paramref name="Second"/> (indexes in start order).</summary>
    internal readonly record struct Finding(bool IsOverlap, DateInterval Period, int First, int Second);

    /// <summary>Every overlap and gap between consecutive periods in start order.</summary>
    public static List<Finding> Find(IReadOnlyList<DateInterval> sorted)
    {
        var findings = new List<Finding>();
        if (sorted.Count == 0)
        {
            return findings;
        }

        LocalDate reach = sorted[0].End;
        int reachIndex = 0;
        for (int i = 1; i < sorted.Count; i++)
        {
            DateInterval next = sorted[i];
            if (next.Start <= reach)
            {
                LocalDate end = next.End < reach ? next.End : reach;
                findings.Add(new Finding(true, new DateInterval(next.Start, end), reachIndex, i));
            }
            else if (reach < LocalDate.MaxIsoValue && next.Start > reach.PlusDays(1))
            {
                findings.Add(new Finding(false, new DateInterval(reach.PlusDays(1), next.Start.PlusDays(-1)), reachIndex, i));
            }

            if (next.End > reach)
            {
                reach = next.End;
                reachIndex = i;
            }
        }

        return findings;
    }
}
