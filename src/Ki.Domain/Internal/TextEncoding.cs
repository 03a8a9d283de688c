using System.Text;

namespace Ki.Domain.Internal;

/// <summary>Checks that text read from outside is UTF-8, and says how to fix a file saved in Latin-1 or Windows-1252.</summary>
internal static class TextEncoding
{
    /// <summary>The strict UTF-8 decoder: invalid bytes throw instead of becoming U+FFFD.</summary>
    public static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The index of the first byte that does not start a valid UTF-8 sequence, or -1 when all is valid.</summary>
    public static int IndexOfInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        int at = 0;
        while (at < bytes.Length)
        {
            int ascii = bytes[at..].IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (ascii < 0)
            {
                return -1;
            }

            at += ascii;
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return -1;
    }

    /// <summary>The reason for text that is not UTF-8, with a hint when the bytes look like Latin-1 or Windows-1252.</summary>
    /// <param name="where">Where, such as <c>line 3</c>.</param>
    /// <param name="fromInvalid">The bytes from the first invalid one on.</param>
    public static string InvalidUtf8Reason(string where, ReadOnlySpan<byte> fromInvalid) =>
        LooksLikeWindows1252(fromInvalid)
            ? $"The text at {where} is not UTF-8 (byte 0x{fromInvalid[0]:X2}); it looks like Latin-1 or Windows-1252, where ä, ö, ü and ß are single bytes. Save the file as UTF-8 and read it again."
            : $"The text at {where} is not UTF-8 (byte 0x{fromInvalid[0]:X2}). Save the file as UTF-8 and read it again.";

    /// <summary>The German reason for bytes that are not UTF-8, such as <c>Der Text in Zeile 3 ist kein UTF-8 (Byte 0xFC) ...</c>.</summary>
    public static string InvalidUtf8ReasonGerman(string where, ReadOnlySpan<byte> fromInvalid) =>
        LooksLikeWindows1252(fromInvalid)
            ? $"Der Text in {where} ist kein UTF-8 (Byte 0x{fromInvalid[0]:X2}); er sieht nach Latin-1 oder Windows-1252 aus, wo ä, ö, ü und ß einzelne Bytes sind. Die Datei als UTF-8 speichern und erneut lesen."
            : $"Der Text in {where} ist kein UTF-8 (Byte 0x{fromInvalid[0]:X2}). Die Datei als UTF-8 speichern und erneut lesen.";

    /// <summary>The reason for a line that holds U+FFFD, the mark a decoder leaves for bytes it could not read.</summary>
    public static string ReplacementCharacterReason(string where) =>
        $"The text at {where} holds the replacement character U+FFFD: it was decoded from bytes that are not UTF-8 (perhaps Latin-1 or Windows-1252). Save the file as UTF-8 and read it again.";

    /// <summary>The German reason for a line that holds U+FFFD.</summary>
    public static string ReplacementCharacterReasonGerman(string where) =>
        $"Der Text in {where} enthält das Ersatzzeichen U+FFFD: er wurde aus Bytes gelesen, die kein UTF-8 sind (vielleicht Latin-1 oder Windows-1252). Die Datei als UTF-8 speichern und erneut lesen.";

    /// <summary>Whether an invalid UTF-8 byte is a letter or sign of Windows-1252 (Latin-1 above 0xA0) followed by ASCII, as in <c>D\xFCsseldorf</c>.</summary>
    private static bool LooksLikeWindows1252(ReadOnlySpan<byte> fromInvalid)
    {
        byte b = fromInvalid[0];
        bool single = fromInvalid.Length == 1 || fromInvalid[1] < 0x80 || fromInvalid[1] >= 0xC0;
        return single && (b >= 0xA0 || b is 0x80 or 0x84 or 0x85 or 0x8A or 0x8C or 0x8E or 0x91 or 0x92 or 0x93 or 0x94 or 0x96 or 0x97 or 0x9A or 0x9C or 0x9E or 0x9F);
    }
}
