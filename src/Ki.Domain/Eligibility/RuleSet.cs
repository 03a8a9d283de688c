using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Förderkriterien einer Fassung: the eligibility rules of one funding line version, identified by the line and the
/// first day of the version's validity. All criteria must be met.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Hash"/> is the SHA-256 of the rule set as a rule file writes it, compact: a fixed property order,
/// invariant numbers and every legal reference spelled out. A decision records it, so a decision can be
/// re-run years later and compared: the same hash means the same rules.
/// </para>
/// <para>Equality is reference equality; compare <see cref="Hash"/> for equal content. Immutable; safe to share across threads.</para>
/// </remarks>
public sealed class RuleSet
{
    private string? _hash;

    /// <summary>Creates a rule set.</summary>
    /// <param name="lineId">The funding line, such as <c>komm-an-3</c>.</param>
    /// <param name="versionStart">The first day of the validity of the version the rules belong to.</param>
    /// <param name="criteria">The criteria; all must be met.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/>, <paramref name="criteria"/> or a criterion is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lineId"/> is blank.</exception>
    public RuleSet(string lineId, LocalDate versionStart, IEnumerable<Criterion> criteria)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(lineId), nameof(lineId), "A rule set needs a funding line.");
        LineId = lineId;
        VersionStart = versionStart;
        Root = new AllCriterion(criteria);
    }

    /// <summary>The funding line.</summary>
    public string LineId { get; }

    /// <summary>The first day of the validity of the version the rules belong to.</summary>
    public LocalDate VersionStart { get; }

    /// <summary>The criteria; all must be met.</summary>
    public ImmutableArray<Criterion> Criteria => Root.Parts;

    /// <summary>The SHA-256 of the canonical form, as 64 lower-case hex digits.</summary>
    public string Hash => _hash ??= ComputeHash();

    /// <summary>The criteria as one combination.</summary>
    internal AllCriterion Root { get; }

    /// <summary>Whether the rules belong to a version: same line, same first day.</summary>
    /// <param name="lineId">The funding line.</param>
    /// <param name="version">The version.</param>
    /// <returns>Whether the rule set is the version's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/> or <paramref name="version"/> is null.</exception>
    public bool IsFor(string lineId, FundingLineVersion version)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckNotNull(version);
        return string.Equals(lineId, LineId, StringComparison.Ordinal) && version.Validity.Start == VersionStart;
    }

    /// <summary>Returns the line, the version start and the number of criteria.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{LineId} from {VersionStart.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture)}: {Criteria.Length} criteria");

    private string ComputeHash() => Convert.ToHexString(SHA256.HashData(Serialization.EligibilityJson.CanonicalBytes(this))).ToLowerInvariant();
}
