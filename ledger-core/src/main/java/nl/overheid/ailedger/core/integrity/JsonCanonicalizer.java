package nl.overheid.ailedger.core.integrity;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): no whitespace, object members sorted by the UTF-16 code units of their
 * names ({@link String#compareTo} order), strings with only the mandatory escapes, numbers as ECMAScript prints IEEE
 * 754 doubles, all encoded as UTF-8.
 *
 * <p>Works on a Jackson token stream, so that the offline verifier can canonicalize a journal line straight from its
 * bytes without building a tree; a tree is canonicalized through {@link JsonNode#traverse()}. Members are written as
 * they come and only an object whose names are out of order is rearranged. Of duplicate names the last one counts, as
 * in the tree Jackson reads.
 *
 * <p>Integers whose value a double cannot hold exactly have no canonical form rather than a silently rounded one,
 * because a canonical form that changes the value would make a signature cover different data. An instance keeps its
 * buffers between values and is not thread-safe.
 */
public final class JsonCanonicalizer {

    /** Decides, for each member of the outermost object, whether it belongs to the canonical form. */
    @FunctionalInterface
    interface TopLevelMembers {
        /** @param value the parser at the member's value, which may be read but not advanced */
        boolean keep(String name, JsonParser value) throws IOException;
    }

    private static final TopLevelMembers ALL = (name, value) -> true;
    private static final Comparator<Member> BY_NAME = Comparator.comparing(Member::name);
    /** Room for a journal line without growing. */
    private static final int INITIAL_CAPACITY = 1024;
    /** Integers up to 2^53 are exact doubles, and ECMAScript prints them as their decimal digits. */
    private static final long LARGEST_EXACT_INTEGER = 1L << 53;
    private static final byte[] HEX_DIGITS = {'0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd',
        'e', 'f'};

    private byte[] out = new byte[INITIAL_CAPACITY];
    private int size;
    private byte[] scratch = new byte[INITIAL_CAPACITY];
    private char[] nameChars = new char[64];
    /** The containers being written, outermost first. */
    private Container[] containers = new Container[16];
    private int depth;
    /** The members written so far of the objects being written, innermost last. */
    private Member[] members = new Member[32];
    private int memberCount;

    /** One {@code "name":value} in {@link #out}, from {@code start} to {@code end}. */
    private record Member(String name, int start, int end, String problem) {
    }

    /** An object or array being written, and for an object the member being read. */
    private static final class Container {
        private boolean object;
        /** Where its opening bracket was written. */
        private int start;
        private int firstMember;
        private boolean inOrder;
        private int elements;
        /** The first problem among an array's elements. */
        private String problem;
        private String memberName;
        private boolean memberOmitted;
        private int memberStart;
        private String nameProblem;

        private void open(boolean isObject, int at, int members) {
            object = isObject;
            start = at;
            firstMember = members;
            inOrder = true;
            elements = 0;
            problem = null;
        }
    }

    /**
     * @throws IllegalArgumentException for NaN or infinite numbers, integers beyond double precision, strings with
     *     unpaired surrogates, and node types that have no JSON form (binary, POJO, missing)
     */
    public static byte[] canonicalize(JsonNode node) {
        JsonCanonicalizer canonicalizer = new JsonCanonicalizer();
        try (JsonParser tree = node.traverse()) {
            tree.nextToken();
            Optional<String> problem = canonicalizer.read(tree, ALL);
            if (problem.isPresent()) {
                throw new IllegalArgumentException(problem.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a tree cannot fail to be read", e);
        }
        return canonicalizer.toByteArray();
    }

    /**
     * Reads the value at the parser's current token up to its end and holds its canonical form until the next read.
     * The whole value is read even when it turns out to have no canonical form.
     *
     * <p>One loop over the tokens with an explicit stack of open containers, rather than a method per container that
     * calls itself: the offline verifier runs for a few seconds, and the recursive version kept the JIT compiler busy
     * for a large part of them.
     *
     * @return why the value has no canonical form (the first reason in canonical order), or empty
     * @throws IOException when the input is not JSON
     */
    Optional<String> read(JsonParser parser, TopLevelMembers topLevelMembers) throws IOException {
        size = 0;
        memberCount = 0;
        depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            if (token == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                token = parser.nextToken();
                beginMember(name, depth == 1 && !topLevelMembers.keep(name, parser));
                continue;
            }
            if (token == null) {
                if (depth == 0) {
                    return Optional.of("no JSON value");
                }
                throw new EOFException("the JSON ends inside a value");
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                open(token == JsonToken.START_OBJECT);
            } else {
                String problem = token == JsonToken.END_OBJECT ? closeObject()
                        : token == JsonToken.END_ARRAY ? closeArray() : writeScalar(parser, token);
                if (depth == 0) {
                    return Optional.ofNullable(problem);
                }
                completeValue(problem);
            }
            token = parser.nextToken();
        }
    }

    /** The canonical form of the value last read, as UTF-8. */
    byte[] toByteArray() {
        return Arrays.copyOf(out, size);
    }

    private void open(boolean object) {
        separateElement();
        if (depth == containers.length) {
            containers = Arrays.copyOf(containers, depth * 2);
        }
        if (containers[depth] == null) {
            containers[depth] = new Container();
        }
        containers[depth++].open(object, size, memberCount);
        append(object ? '{' : '[');
    }

    /** Starts a member of the innermost container, an object; an omitted one is read but not written. */
    private void beginMember(String name, boolean omitted) {
        Container object = containers[depth - 1];
        object.memberName = name;
        object.memberOmitted = omitted;
        if (omitted) {
            object.memberStart = size;
            return;
        }
        if (memberCount > object.firstMember) {
            append(',');
            object.inOrder &= name.compareTo(members[memberCount - 1].name()) > 0;
        }
        object.memberStart = size;
        object.nameProblem = writeName(name);
        append(':');
    }

    /** Ends the value just written in the innermost container: an element, or a member's value. */
    private void completeValue(String problem) {
        Container container = containers[depth - 1];
        if (!container.object) {
            container.problem = container.problem != null ? container.problem : problem;
        } else if (container.memberOmitted) {
            size = container.memberStart;
        } else {
            push(new Member(container.memberName, container.memberStart, size,
                    container.nameProblem != null ? container.nameProblem : problem));
        }
    }

    private String closeObject() {
        Container object = containers[--depth];
        int end = object.inOrder ? memberCount : rewriteInOrder(object.start + 1, object.firstMember);
        String problem = null;
        for (int i = object.firstMember; i < end && problem == null; i++) {
            problem = members[i].problem();
        }
        memberCount = object.firstMember;
        append('}');
        return problem;
    }

    private String closeArray() {
        append(']');
        return containers[--depth].problem;
    }

    private void separateElement() {
        if (depth > 0 && !containers[depth - 1].object && containers[depth - 1].elements++ > 0) {
            append(',');
        }
    }

    /** Each write returns why the value has no canonical form, or null. */
    private String writeScalar(JsonParser parser, JsonToken token) throws IOException {
        separateElement();
        return switch (token) {
            case VALUE_STRING -> writeString(parser.getTextCharacters(), parser.getTextOffset(),
                    parser.getTextLength());
            case VALUE_NUMBER_INT -> writeInteger(parser);
            case VALUE_NUMBER_FLOAT -> writeDouble(parser.getDoubleValue());
            case VALUE_TRUE -> writeAscii("true");
            case VALUE_FALSE -> writeAscii("false");
            case VALUE_NULL -> writeAscii("null");
            default -> "no JSON representation for " + token;
        };
    }

    private void push(Member member) {
        if (memberCount == members.length) {
            members = Arrays.copyOf(members, memberCount * 2);
        }
        members[memberCount++] = member;
    }

    /**
     * Rewrites the object's members (those from {@code first} on, written from {@code from} on) sorted by name,
     * keeping the last of equal names, and leaves the kept ones in that order from {@code first} on.
     *
     * @return the end of the kept members
     */
    private int rewriteInOrder(int from, int first) {
        Arrays.sort(members, first, memberCount, BY_NAME); // stable: of equal names, the last one read stays last
        int length = size - from; // the rewrite is never longer: it only drops duplicates
        if (scratch.length < length) {
            scratch = new byte[Math.max(length, scratch.length * 2)];
        }
        System.arraycopy(out, from, scratch, 0, length);
        size = from;
        int kept = first;
        for (int i = first; i < memberCount; i++) {
            Member member = members[i];
            if (i + 1 < memberCount && members[i + 1].name().equals(member.name())) {
                continue;
            }
            if (kept > first) {
                append(',');
            }
            System.arraycopy(scratch, member.start() - from, out, size, member.end() - member.start());
            size += member.end() - member.start();
            members[kept++] = member;
        }
        return kept;
    }

    private String writeInteger(JsonParser parser) throws IOException {
        if (parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            long value = parser.getLongValue();
            if (value >= -LARGEST_EXACT_INTEGER && value <= LARGEST_EXACT_INTEGER) {
                writeLong(value);
                return null;
            }
        }
        BigInteger value = parser.getBigIntegerValue();
        double approximation = value.doubleValue();
        if (Double.isInfinite(approximation)
                || new BigDecimal(approximation).compareTo(new BigDecimal(value)) != 0) {
            return "integer " + value + " is not exactly representable as an IEEE 754 double";
        }
        return writeDouble(approximation);
    }

    private String writeDouble(double value) {
        try {
            return writeAscii(EcmaScriptNumbers.format(value));
        } catch (IllegalArgumentException notFinite) {
            return notFinite.getMessage();
        }
    }

    /** For magnitudes up to 2^53, so negating cannot overflow. */
    private void writeLong(long value) {
        ensureCapacity(20);
        if (value < 0) {
            out[size++] = '-';
            value = -value;
        }
        int first = size;
        do {
            out[size++] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int low = first, high = size - 1; low < high; low++, high--) {
            byte digit = out[low];
            out[low] = out[high];
            out[high] = digit;
        }
    }

    private String writeName(String value) {
        if (nameChars.length < value.length()) {
            nameChars = new char[value.length() * 2];
        }
        value.getChars(0, value.length(), nameChars, 0);
        return writeString(nameChars, 0, value.length());
    }

    /** Writes the string as UTF-8 between quotes, escaping only what RFC 8785 requires. */
    private String writeString(char[] text, int offset, int length) {
        ensureCapacity(length * 6 + 2);
        out[size++] = '"';
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                out[size++] = (byte) c;
            } else if (c < 0x80) {
                writeEscaped(c);
            } else if (c < 0x800) {
                out[size++] = (byte) (0xc0 | c >> 6);
                out[size++] = (byte) (0x80 | c & 0x3f);
            } else if (!Character.isSurrogate(c)) {
                out[size++] = (byte) (0xe0 | c >> 12);
                out[size++] = (byte) (0x80 | c >> 6 & 0x3f);
                out[size++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
                int codePoint = Character.toCodePoint(c, text[++i]);
                out[size++] = (byte) (0xf0 | codePoint >> 18);
                out[size++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
                out[size++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
                out[size++] = (byte) (0x80 | codePoint & 0x3f);
            } else {
                return "string contains an unpaired surrogate at index " + (i - offset);
            }
        }
        out[size++] = '"';
        return null;
    }

    /** Room for the six bytes of an escape was ensured with the string's. */
    private void writeEscaped(char c) {
        char escape = switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 'u';
        };
        out[size++] = '\\';
        out[size++] = (byte) escape;
        if (escape == 'u') {
            out[size++] = '0';
            out[size++] = '0';
            out[size++] = HEX_DIGITS[c >> 4];
            out[size++] = HEX_DIGITS[c & 0xf];
        }
    }

    private String writeAscii(String text) {
        ensureCapacity(text.length());
        for (int i = 0; i < text.length(); i++) {
            out[size++] = (byte) text.charAt(i);
        }
        return null;
    }

    private void append(char ascii) {
        ensureCapacity(1);
        out[size++] = (byte) ascii;
    }

    private void ensureCapacity(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(size + more, out.length * 2));
        }
    }
}
