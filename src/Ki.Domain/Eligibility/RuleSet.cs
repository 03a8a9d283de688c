using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using Ki.Domain.Internal;
using Ki.Domain.Programmes;
using NodaTime;

namespace Ki.Domain.Eligibility;

/// <summary>
/// Förderkriterien einer Fassung: the eligibility rules of one funding line version, identified by the line and the
/// first day of the version's validity, or of every version of a line. All criteria must be met.
/// </summary>
/// <remarks>
/// <para>
/// A rule set without a version start (<see cref="VersionStart"/> is <see langword="null"/>) attaches to every version
/// of its line; a rule set that names a version start wins over it for that version. <see cref="Role"/> says whether
/// the rules decide applications to the granting body (first recipients, the default) or the requests of final
/// recipients to whom a first recipient passes its award on (Nr. 12 VVG).
/// </para>
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
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(lineId), nameof(lineId), "A rule set needs a funding line.", "Ein Regelsatz braucht eine Förderlinie.");
        LineId = lineId;
        VersionStart = versionStart;
        Root = new AllCriterion(criteria);
    }

    /// <summary>Creates a rule set for every version of a funding line.</summary>
    /// <param name="lineId">The funding line, such as <c>komm-an-2a</c>.</param>
    /// <param name="criteria">The criteria; all must be met.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/>, <paramref name="criteria"/> or a criterion is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="lineId"/> is blank.</exception>
    public RuleSet(string lineId, IEnumerable<Criterion> criteria)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(lineId), nameof(lineId), "A rule set needs a funding line.", "Ein Regelsatz braucht eine Förderlinie.");
        LineId = lineId;
        Root = new AllCriterion(criteria);
    }

    /// <summary>The funding line.</summary>
    public string LineId { get; }

    /// <summary>The first day of the validity of the version the rules belong to; <see langword="null"/> for every version of the line.</summary>
    public LocalDate? VersionStart { get; }

    /// <summary>Whom the rules decide: applicants to the granting body (the default) or final recipients of a pass-through.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined role.</exception>
    public RecipientRole Role
    {
        get => _role;
        init
        {
            Preconditions.CheckRange(value is RecipientRole.FirstRecipient or RecipientRole.FinalRecipient, value, "The recipient role is not defined.", "Die Empfängerrolle ist nicht definiert.");
            _role = value;
        }
    }

    private readonly RecipientRole _role = RecipientRole.FirstRecipient;

    /// <summary>The criteria; all must be met.</summary>
    public ImmutableArray<Criterion> Criteria => Root.Parts;

    /// <summary>The SHA-256 of the canonical form, as 64 lower-case hex digits.</summary>
    public string Hash => _hash ??= ComputeHash();

    /// <summary>The criteria as one combination.</summary>
    internal AllCriterion Root { get; }

    /// <summary>Whether the rules belong to a version: same line, and the same first day or no version named.</summary>
    /// <param name="lineId">The funding line.</param>
    /// <param name="version">The version.</param>
    /// <returns>Whether the rule set is the version's.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lineId"/> or <paramref name="version"/> is null.</exception>
    public bool IsFor(string lineId, FundingLineVersion version)
    {
        Preconditions.CheckNotNull(lineId);
        Preconditions.CheckNotNull(version);
        return string.Equals(lineId, LineId, StringComparison.Ordinal) && (VersionStart is not { } start || version.Validity.Start == start);
    }

    /// <summary>Returns the line, the version start and the number of criteria.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{LineId} {VersionText}{(Role == RecipientRole.FinalRecipient ? " (final recipients)" : string.Empty)}: {Criteria.Length} criteria");

    /// <summary>"from 2016-01-01", or "all versions".</summary>
    internal string VersionText => VersionStart is { } start ? "from " + start.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture) : "all versions";

    private string ComputeHash() => Convert.ToHexString(SHA256.HashData(Serialization.EligibilityJson.CanonicalBytes(this))).ToLowerInvariant();
}
