using System.Collections.Immutable;

namespace Ki.Domain.Programmes;

/// <summary>
/// A set of applicant kinds as the bits of one number, so that "is this kind among the allowed ones" is one AND; kept
/// once per funding line version (<see cref="FundingLineVersion.ApplicantKinds"/>) and per applicant-kind criterion.
/// </summary>
internal static class ApplicantKindMask
{
    /// <summary>The bit of a kind; 0 for a value that is not a defined kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The bit.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static long Bit(ApplicantKind kind) => kind is >= ApplicantKind.Kreis and <= ApplicantKind.VolunteerInitiative ? 1L << (int)kind : 0;

    /// <summary>The bits of some kinds.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The mask; 0 for none.</returns>
    public static long Of(ImmutableArray<ApplicantKind> kinds)
    {
        long mask = 0;
        foreach (ApplicantKind kind in kinds)
        {
            mask |= Bit(kind);
        }

        return mask;
    }
}
