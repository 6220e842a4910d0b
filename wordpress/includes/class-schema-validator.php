<?php
/**
 * Checks an uploaded data document against the format's JSON Schema (src/data/schema.json,
 * draft 2020-12), read at run time: the format's rules live in schema.json alone, this file
 * only knows what the keywords mean. What it reports, and how it words it, follows
 * schemaProblems() in src/data/validate.ts (the schema part of the command line's and the
 * configurator's validator, on @cfworker/json-schema), so a webmaster reads the same problems
 * in WordPress as there; test/wordpress/schema.test.mjs holds the two side by side. It mirrors
 * schemaProblems() only, not validate(): validate() adds the widgets' parser's reports (such as a
 * period that ends before it starts), which no schema keyword states and this file does not make.
 *
 * Patterns are read as ECMA-262 reads them with the u flag. One difference is left, and tested:
 * \p{…} is answered by PCRE's Unicode tables, which may be older than the JavaScript engine's, so
 * a character that PCRE's Unicode version has not assigned yet (a letter new in Unicode 15, say)
 * is no letter here.
 *
 * @package Koske_Widgets
 */

declare(strict_types=1);

namespace Koske_Widgets;

// Not `defined('ABSPATH') || exit;`: the differential test includes this file from plain PHP CLI.
if (!defined('ABSPATH') && PHP_SAPI !== 'cli') {
	exit;
}

// Outside WordPress (the test) there is no __(); this shadows it inside the namespace only, and
// only when WordPress's own is missing when the file is included, so under WordPress its i18n runs.
if (!function_exists('Koske_Widgets\\__') && !function_exists('__')) {
	function __(string $text, string $domain = 'default'): string {
		return $text;
	}
}

/**
 * A walker for the JSON Schema keywords schema.json uses, and no others: a schema using any
 * other keyword is refused when the validator is made, so a later change of the schema cannot
 * be ignored without notice.
 */
final class Schema_Validator {

	/** Keywords that say nothing about the document. */
	private const ANNOTATIONS = ['$schema', '$id', 'title', 'description', '$defs', 'default', 'examples', '$comment'];

	/** The keywords implemented, each with where its value holds subschemas. */
	private const KEYWORDS = [
		'type' => '', 'required' => '', 'const' => '', 'enum' => '', 'pattern' => '',
		'minimum' => '', 'maximum' => '', 'minProperties' => '', '$ref' => '',
		'properties' => 'map', 'additionalProperties' => 'one', 'propertyNames' => 'one', 'items' => 'one',
		'oneOf' => 'list', 'anyOf' => 'list',
	];

	/**
	 * Where the schema's patterns are, with the hint that says what each asks for, in validate.ts's
	 * order (its hintedPatterns): a failing pattern gets the hint of the first of these places that
	 * holds the same pattern, so the patterns themselves are read from the schema, never copied.
	 */
	private const HINTED_PATTERNS = [
		'#/$defs/localizedText/oneOf/0/pattern' => 'empty',
		'#/$defs/languageTag/pattern' => 'languageTag',
		'#/$defs/localizedText/oneOf/1/propertyNames/pattern' => 'languageTag',
		'#/$defs/webUrl/pattern' => 'webUrl',
		'#/$defs/regionCode/pattern' => 'regionCode',
		'#/$defs/municipalityCode/pattern' => 'municipalityCode',
		'#/$defs/address/properties/postalCode/pattern' => 'postalCode',
		'#/$defs/address/properties/country/pattern' => 'country',
		'#/$defs/emailAddress/pattern' => 'email',
		'#/$defs/phoneNumber/pattern' => 'phone',
		'#/$defs/time/pattern' => 'time',
		'#/$defs/date/pattern' => 'date',
	];

	/** ECMA-262's \s and \w (PCRE's differ under /u: its \s lacks U+FEFF, its \w is Unicode-wide). */
	private const SPACE = '\t\n\x0B\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';
	private const WORD = 'A-Za-z0-9_';

	/** ECMA-262 pattern tokens as PCRE under /u, outside and inside a character class. */
	private const OUTSIDE_CLASS = [
		'.' => '[^\n\r\x{2028}\x{2029}]', '/' => '\/',
		'\d' => '[0-9]', '\D' => '[^0-9]', '\s' => '[' . self::SPACE . ']', '\S' => '[^' . self::SPACE . ']',
		'\w' => '[' . self::WORD . ']', '\W' => '[^' . self::WORD . ']',
		'\b' => '(?:(?<=[' . self::WORD . '])(?![' . self::WORD . '])|(?<![' . self::WORD . '])(?=[' . self::WORD . ']))',
		'\B' => '(?:(?<=[' . self::WORD . '])(?=[' . self::WORD . '])|(?<![' . self::WORD . '])(?![' . self::WORD . ']))',
	];
	/** Inside a class, each of its single characters that PCRE could read otherwise is escaped. */
	private const INSIDE_CLASS = ['/' => '\/', '[' => '\[', '-' => '\-', '^' => '\^', '\d' => '0-9', '\s' => self::SPACE, '\w' => self::WORD];

	/**
	 * The values of \p{…} and \P{…} implemented: the general categories by their short names, which
	 * ECMA-262 and PCRE read alike (ECMA-262's long names, scripts and binary properties are not).
	 */
	private const CATEGORIES = [
		'C', 'Cc', 'Cf', 'Cn', 'Co', 'L', 'Ll', 'Lm', 'Lo', 'Lt', 'Lu', 'M', 'Mc', 'Me', 'Mn', 'N', 'Nd', 'Nl', 'No',
		'P', 'Pc', 'Pd', 'Pe', 'Pf', 'Pi', 'Po', 'Ps', 'S', 'Sc', 'Sk', 'Sm', 'So', 'Z', 'Zl', 'Zp', 'Zs',
	];

	/** @var array<string, string> The schema's patterns as PCRE, by ECMA-262 source. */
	private array $regexes = [];

	/** @var array<string, string> The hint (a key of HINTED_PATTERNS's values) for each hinted pattern, by its source. */
	private array $hints = [];

	public function __construct(private object $schema) {
		$this->check($schema, '#');
		foreach (self::HINTED_PATTERNS as $pointer => $hint) {
			$pattern = $this->at($pointer);
			if (is_string($pattern)) {
				$this->hints[$pattern] ??= $hint;
			}
		}
	}

	/** Walks the whole schema once, refusing what the walker would not understand. */
	private function check(mixed $node, string $at): void {
		if (!$node instanceof \stdClass) {
			throw new \DomainException("$at: only object schemas are implemented");
		}
		foreach ($node as $keyword => $value) {
			$keyword = (string) $keyword;
			$where = "$at/$keyword";
			if ('$id' === $keyword && '#' !== $at) {
				throw new \DomainException("$where: a nested \$id would change what \$ref means");
			}
			if ('$defs' === $keyword) {
				foreach ($value as $name => $sub) {
					$this->check($sub, "$where/$name");
				}
			}
			if (in_array($keyword, self::ANNOTATIONS, true)) {
				continue;
			}
			$holds = self::KEYWORDS[$keyword] ?? throw new \DomainException("$at: the keyword $keyword is not implemented");
			$types = ['null', 'boolean', 'object', 'array', 'number', 'integer', 'string'];
			$ok = match ($keyword) {
				'type' => (is_string($value) || (is_array($value) && array_is_list($value))) && [] === array_diff((array) $value, $types),
				'required' => is_array($value) && [] === array_filter($value, fn ($name) => !is_string($name)),
				'enum' => is_array($value),
				'minimum', 'maximum', 'minProperties' => is_int($value) || is_float($value),
				'pattern' => is_string($value) && false !== @preg_match($this->regex($value), ''),
				'$ref' => is_string($value) && (bool) $this->resolve($value),
				'properties' => $value instanceof \stdClass,
				'oneOf', 'anyOf' => is_array($value) && [] !== $value,
				default => true,
			};
			if (!$ok) {
				throw new \DomainException("$where: this value of $keyword is not implemented");
			}
			$subs = match ($holds) { 'one' => [$value], 'map', 'list' => $value, default => [] };
			foreach ($subs as $name => $sub) {
				$this->check($sub, 'one' === $holds ? $where : "$where/$name");
			}
		}
	}

	/**
	 * Problems with a document (decoded with json_decode($text, false)), one per field at
	 * fault, in the order schemaProblems() gives them; empty when it is valid.
	 *
	 * @return list<array{path: string, keyword: string, params: array<string, mixed>}>
	 */
	public function validate(mixed $document): array {
		// schemaProblems() drops the errors that only say "something inside failed" (properties,
		// items, $ref, oneOf, anyOf, additionalProperties), so walk() does not make them.
		$leaves = $this->walk($document, $this->schema, '#', '#');
		// schemaProblems() asks two things of each error against all the others; answered here in
		// two passes, so that a document with thousands of faults takes no quadratic time.
		// $below: the locations with an error deeper down. $choices[choice][location]: for a type
		// error of an alternative of that oneOf/anyOf at that location, whether another error
		// inside that choice (not a type error) is at the same location or inside it.
		[$below, $choices] = [[], []];
		foreach ($leaves as $leaf) {
			foreach (array_slice(self::holders($leaf['instance']), 1) as $holder) {
				$below[$holder] = true;
			}
			if (preg_match('~^(.*/(?:oneOf|anyOf))/\d+/type$~', $leaf['at'], $choice)) {
				$choices[$choice[1]][$leaf['instance']] = false;
			}
		}
		foreach ($leaves as $leaf) {
			foreach ('type' === $leaf['keyword'] ? [] : $choices as $choice => $locations) {
				foreach (str_starts_with($leaf['at'], "$choice/") ? self::holders($leaf['instance']) : [] as $holder) {
					if (isset($locations[$holder])) {
						$choices[$choice][$holder] = true;
					}
				}
			}
		}
		$problems = [];
		foreach ($leaves as $error) {
			[$keyword, $instance, $at] = [$error['keyword'], $error['instance'], $error['at']];
			$in_alternative = 1 === preg_match('~/(oneOf|anyOf)/\d+/~', $at);
			// Text or text per language: when the object fails inside, "should be text" says nothing.
			if ($in_alternative && isset($below[$instance]) && 'type' === $keyword) {
				continue;
			}
			// A code or an object: when the object alternative fails for itself, the code's type error is beside the point.
			if (preg_match('~^(.*/(?:oneOf|anyOf))/\d+/type$~', $at, $choice) && $choices[$choice[1]][$instance]) {
				continue;
			}
			$path = self::field_path($instance, $document);
			if ('required' === $keyword) {
				$field = $error['rule'];
				$problems["$path/$field"] = ['path' => '(document)' === $path ? $field : "$path.$field", 'keyword' => $keyword, 'params' => ['field' => $field]];
				continue;
			}
			$params = match ($keyword) {
				// A type error of an alternative itself is about the whole field (text or text per language).
				'type' => ['type' => $error['rule'], 'whole' => $in_alternative && 1 === preg_match('~/(oneOf|anyOf)/\d+/type$~', $at)],
				'pattern' => ['hint' => $this->hints[$error['rule']] ?? null],
				'minimum', 'maximum' => ['minimum' => $error['schema']->minimum ?? null, 'maximum' => $error['schema']->maximum ?? null],
				'propertyNames' => [],
				default => [$keyword => $error['rule']],
			};
			// An empty object where text or text per language may be: "is empty" beats "should be text or …".
			$earlier = $problems[$path] ?? null;
			if (null === $earlier || (($earlier['params']['whole'] ?? false) && $in_alternative && 'type' !== $keyword)) {
				$problems[$path] = ['path' => $path, 'keyword' => $keyword, 'params' => $params];
			}
		}
		return array_values($problems);
	}

	/**
	 * A location and every location that holds it, innermost first: `#/a/1`, `#/a`, `#` (so
	 * `#/a/10` is not inside `#/a/1`: locations are compared part by part, not as strings).
	 *
	 * @return list<string>
	 */
	private static function holders(string $location): array {
		$holders = [$location];
		while (false !== ($cut = strrpos($location, '/'))) {
			$holders[] = $location = substr($location, 0, $cut);
		}
		return $holders;
	}

	/**
	 * The failures of `$value` under `$schema`, in the order @cfworker/json-schema finds them
	 * (schemaProblems()'s choices depend on that order): each with the keyword, the instance's and
	 * the keyword's JSON Pointer (as URI fragments), the keyword's value and its schema.
	 *
	 * @return list<array{keyword: string, instance: string, at: string, rule: mixed, schema: object}>
	 */
	private function walk(mixed $value, object $schema, string $instance, string $at): array {
		$errors = [];
		$fail = function (string $keyword, mixed $rule = null) use (&$errors, $schema, $instance, $at): void {
			$errors[] = ['keyword' => $keyword, 'instance' => $instance, 'at' => "$at/$keyword", 'rule' => $rule ?? $schema->$keyword, 'schema' => $schema];
		};
		// A subschema's failures; propertyNames's own error comes first (schemaProblems() keeps it: it names the object).
		$sub = function (mixed $item, object $subschema, string $item_at, string $keyword_at) use (&$errors, $schema, $instance): bool {
			$found = $this->walk($item, $subschema, $item_at, $keyword_at);
			if ([] !== $found && str_ends_with($keyword_at, '/propertyNames')) {
				$errors[] = ['keyword' => 'propertyNames', 'instance' => $instance, 'at' => $keyword_at, 'rule' => null, 'schema' => $schema];
			}
			array_push($errors, ...$found);
			return [] === $found;
		};
		if (isset($schema->{'$ref'})) {
			$sub($value, $this->resolve($schema->{'$ref'}), $instance, "$at/\$ref");
		}
		if (isset($schema->type) && [] === array_filter((array) $schema->type, fn ($type) => self::is_type($value, $type))) {
			$fail('type');
		}
		if (property_exists($schema, 'const') && !self::equal($value, $schema->const)) {
			$fail('const');
		}
		if (isset($schema->enum) && [] === array_filter($schema->enum, fn ($allowed) => self::equal($value, $allowed))) {
			$fail('enum');
		}
		foreach (['anyOf', 'oneOf'] as $keyword) {
			if (isset($schema->$keyword)) {
				$before = count($errors);
				$matches = 0;
				foreach ($schema->$keyword as $i => $alternative) {
					$matches += (int) $sub($value, $alternative, $instance, "$at/$keyword/$i");
				}
				if ('anyOf' === $keyword ? $matches > 0 : 1 === $matches) {
					array_splice($errors, $before);
				}
			}
		}
		if ($value instanceof \stdClass) {
			$keys = self::keys($value);
			foreach ($schema->required ?? [] as $name) {
				if (!property_exists($value, $name)) {
					$fail('required', $name);
				}
			}
			if (isset($schema->minProperties) && count($keys) < $schema->minProperties) {
				$fail('minProperties');
			}
			foreach (isset($schema->propertyNames) ? $keys : [] as $key) {
				$sub($key, $schema->propertyNames, "$instance/" . self::pointer($key), "$at/propertyNames");
			}
			foreach ($schema->properties ?? [] as $name => $property) {
				if (property_exists($value, (string) $name)) {
					$sub($value->$name, $property, "$instance/" . self::pointer((string) $name), "$at/properties/" . self::pointer((string) $name));
				}
			}
			foreach (isset($schema->additionalProperties) ? $keys : [] as $key) {
				if (!property_exists($schema->properties ?? new \stdClass(), $key)) {
					$sub($value->$key, $schema->additionalProperties, "$instance/" . self::pointer($key), "$at/additionalProperties");
				}
			}
		} elseif (is_array($value)) {
			foreach (isset($schema->items) ? $value : [] as $i => $item) {
				$sub($item, $schema->items, "$instance/$i", "$at/items");
			}
		} elseif (is_int($value) || is_float($value)) {
			if (isset($schema->minimum) && $value < $schema->minimum) {
				$fail('minimum');
			}
			if (isset($schema->maximum) && $value > $schema->maximum) {
				$fail('maximum');
			}
		} elseif (is_string($value)) {
			if (isset($schema->pattern) && 1 !== preg_match($this->regex($schema->pattern), $value)) {
				$fail('pattern');
			}
		}
		return $errors;
	}

	/** A local reference (`#/$defs/name`): a JSON Pointer, as a URI fragment, into this schema. */
	private function resolve(string $ref): object {
		if (!str_starts_with($ref, '#')) {
			throw new \DomainException("\$ref $ref: only references inside the schema are implemented");
		}
		$node = $this->schema;
		foreach (array_slice(explode('/', rawurldecode(substr($ref, 1))), 1) as $part) {
			$part = str_replace(['~1', '~0'], ['/', '~'], $part);
			$node = $node instanceof \stdClass && property_exists($node, $part) ? $node->$part : null;
		}
		return $node instanceof \stdClass ? $node : throw new \DomainException("\$ref $ref points at no schema");
	}

	/** The schema value a pointer (`#/$defs/webUrl/pattern`) points at, following local `$ref`s, as validate.ts's at(); null where there is none. */
	private function at(string $pointer): mixed {
		$node = $this->schema;
		foreach (self::pointer_parts($pointer) as $key) {
			if ('$ref' === $key && $node instanceof \stdClass && is_string($node->{'$ref'} ?? null)) {
				$node = $this->at($node->{'$ref'});
			} elseif ($node instanceof \stdClass) {
				$node = property_exists($node, $key) ? $node->$key : null;
			} else {
				$node = is_array($node) ? ($node[$key] ?? null) : null;
			}
		}
		return $node;
	}

	/**
	 * An ECMA-262 pattern (with the u flag) as PCRE: not anchored, `$` only at the very end (D),
	 * and the tokens PHP's /u reads otherwise (it makes \d, \w and \b Unicode-wide, \s is
	 * wider in ECMA-262, `.` stops at more line ends there) spelt out. Inside a class, a lone `-`
	 * is escaped and a range is written from its two ends, so that \s spelt out cannot make a range
	 * of its neighbours. \p{…} and \P{…} take a general category (CATEGORIES). Literal characters,
	 * in a class or not, are code points under /u, as under the u flag. What PCRE will not compile,
	 * such as \u0041, refuses the schema.
	 */
	private function regex(string $pattern): string {
		if (!isset($this->regexes[$pattern])) {
			preg_match_all('/\\\\[pP]\{[^}]*\}|\\\\x[0-9A-Fa-f]{2}|\\\\c[A-Za-z]|\\\\.|./su', $pattern, $tokens);
			[$pcre, $class] = ['', null];
			foreach ($tokens[0] as $token) {
				if (1 === preg_match('/^\\\\[pP]/', $token) && 1 !== preg_match('/^\\\\[pP]\{(' . implode('|', self::CATEGORIES) . ')\}$/D', $token)) {
					throw new \DomainException("pattern $pattern: $token is not implemented");
				}
				if (null !== $class) {
					if (']' === $token) {
						$pcre .= self::class_body($class, $pattern) . ']';
						$class = null;
					} else {
						$class[] = $token;
					}
				} elseif ('[' === $token) {
					[$pcre, $class] = [$pcre . '[', []];
				} else {
					$pcre .= self::OUTSIDE_CLASS[$token] ?? $token;
				}
			}
			if (null !== $class) {
				throw new \DomainException("pattern $pattern: a class is not closed");
			}
			$this->regexes[$pattern] = "/$pcre/uD";
		}
		return $this->regexes[$pattern];
	}

	/**
	 * The tokens between `[` and `]` as PCRE, read as ECMA-262's ClassRanges: `a-b` is a range
	 * unless the `-` is last; a `-` anywhere else is itself. ECMA-262 refuses a range with a class
	 * escape at either end (`[\s-a]`) under the u flag, and so does this.
	 *
	 * @param list<string> $atoms
	 */
	private static function class_body(array $atoms, string $pattern): string {
		$negated = '^' === ($atoms[0] ?? null);
		$atoms = array_slice($atoms, (int) $negated);
		// ECMA-262's [] and [^] have no PCRE spelling; nor have \D, \S, \W inside a class here.
		if ([] === $atoms || [] !== array_intersect($atoms, ['\D', '\S', '\W'])) {
			throw new \DomainException("pattern $pattern: this class is not implemented");
		}
		$sets = fn (string $atom) => in_array($atom, ['\d', '\s', '\w'], true) || 1 === preg_match('/^\\\\[pP]\{/', $atom);
		$body = $negated ? '^' : '';
		for ($i = 0; $i < count($atoms); ++$i) {
			if ('-' === ($atoms[$i + 1] ?? null) && isset($atoms[$i + 2])) {
				if ($sets($atoms[$i]) || $sets($atoms[$i + 2])) {
					throw new \DomainException("pattern $pattern: a range cannot end in a class escape");
				}
				$body .= (self::INSIDE_CLASS[$atoms[$i]] ?? $atoms[$i]) . '-' . (self::INSIDE_CLASS[$atoms[$i + 2]] ?? $atoms[$i + 2]);
				$i += 2;
			} else {
				$body .= self::INSIDE_CLASS[$atoms[$i]] ?? $atoms[$i];
			}
		}
		return $body;
	}

	/** JSON types; 2020-12 counts any number with no fractional part (1.0 too) as an integer. */
	private static function is_type(mixed $value, string $type): bool {
		return match ($type) {
			'null' => null === $value,
			'boolean' => is_bool($value),
			'object' => $value instanceof \stdClass,
			'array' => is_array($value),
			'number' => is_int($value) || is_float($value),
			'integer' => is_int($value) || (is_float($value) && floor($value) === $value),
			'string' => is_string($value),
		};
	}

	/** JSON equality, as const and enum mean it: numbers by value, objects whatever their key order. */
	private static function equal(mixed $a, mixed $b): bool {
		if ((is_int($a) || is_float($a)) && (is_int($b) || is_float($b))) {
			return $a == $b;
		}
		if ($a instanceof \stdClass && $b instanceof \stdClass) {
			[$a, $b] = [get_object_vars($a), get_object_vars($b)];
			ksort($a);
			ksort($b);
		}
		if (is_array($a) && is_array($b)) {
			return array_keys($a) === array_keys($b) && [] === array_filter(array_keys($a), fn ($key) => !self::equal($a[$key], $b[$key]));
		}
		return $a === $b;
	}

	/**
	 * An object's keys in the order JavaScript lists them (keys that are array indices first,
	 * ascending, then the others as written): schemaProblems() reports problems in that order.
	 *
	 * @return list<string>
	 */
	private static function keys(\stdClass $object): array {
		$keys = array_map('strval', array_keys(get_object_vars($object)));
		$index = fn (string $key) => 1 === preg_match('/^(?:0|[1-9][0-9]{0,9})$/', $key) && (float) $key < 4294967295;
		$indices = array_values(array_filter($keys, $index));
		sort($indices, SORT_NUMERIC);
		return [...$indices, ...array_values(array_filter($keys, fn ($key) => !$index($key)))];
	}

	/** A key as @cfworker/json-schema writes it into a location: ~ and / escaped, then encodeURI(), then # as %23. */
	private static function pointer(string $key): string {
		$key = str_replace(['~', '/'], ['~0', '~1'], $key);
		return preg_replace_callback("{[^A-Za-z0-9;,/?:@&=+\$_.!~*'()-]}", fn ($m) => sprintf('%%%02X', ord($m[0])), $key);
	}

	/**
	 * A JSON Pointer's parts as keys, as validate.ts's pointerParts(): each part percent-decoded
	 * (the validator writes them URI-encoded), then `~1` as `/` and `~0` as `~`; empty parts dropped.
	 *
	 * @return list<string>
	 */
	private static function pointer_parts(string $pointer): array {
		$parts = array_filter(explode('/', (string) preg_replace('~^#/?~', '', $pointer)), fn ($part) => '' !== $part);
		return array_values(array_map(fn ($part) => str_replace(['~1', '~0'], ['/', '~'], rawurldecode($part)), $parts));
	}

	/**
	 * `#/municipalities/0/code` → `municipalities[0].code`, as validate.ts's fieldPath() writes it
	 * (keys decoded: `#/name/%C3%A4%20%C3%B6` is `name.ä ö`); the document itself is `(document)`.
	 * A key made of digits is written `[0]` only where it indexes a list.
	 */
	private static function field_path(string $location, mixed $document): string {
		$parts = self::pointer_parts($location);
		[$path, $node] = ['', $document];
		foreach ($parts as $index => $part) {
			$in_list = is_array($node);
			$node = $in_list ? ($node[$part] ?? null) : ($node instanceof \stdClass && property_exists($node, $part) ? $node->$part : null);
			$path .= $in_list ? "[$part]" : (0 === $index ? '' : '.') . $part;
		}
		return [] === $parts ? '(document)' : $path;
	}

	/** The English sentence for a problem, the one schemaProblems() writes, through WordPress's i18n. */
	public static function message(array $problem): string {
		$params = $problem['params'];
		switch ($problem['keyword']) {
			case 'required':
				/* translators: %s: name of the missing field, such as "name" or "street" */
				return sprintf(__('the required field %s is missing', 'koske-widgets'), $params['field']);
			case 'type':
				if ($params['whole']) {
					return __('should be text, or text per language code, e.g. {"fi": "…", "sv": "…"}', 'koske-widgets');
				}
				$names = [
					'string' => __('text', 'koske-widgets'),
					'number' => __('a number', 'koske-widgets'),
					'integer' => __('a whole number', 'koske-widgets'),
					'array' => __('a list', 'koske-widgets'),
					'object' => __('an object', 'koske-widgets'),
					'boolean' => __('true or false', 'koske-widgets'),
					'null' => 'null',
				];
				/* translators: %s: what the value should be, such as "text", "a whole number" or 1 */
				return sprintf(__('should be %s', 'koske-widgets'), implode(' / ', array_map(fn ($type) => $names[$type] ?? $type, (array) $params['type'])));
			case 'pattern':
				// What each hinted pattern asks for (HINTED_PATTERNS), in words: wording, not rules.
				return match ($params['hint'] ?? null) {
					'empty' => __('is empty', 'koske-widgets'),
					'languageTag' => __('should be a language code, such as fi, sv or en', 'koske-widgets'),
					'webUrl' => __('should be a web address starting with https:// or http://', 'koske-widgets'),
					'regionCode' => __('should be a two-digit code as text, such as "13"', 'koske-widgets'),
					'municipalityCode' => __('should be a three-digit code as text, such as "020" or "179"', 'koske-widgets'),
					'postalCode' => __('should be a postal code, such as "40100"', 'koske-widgets'),
					'country' => __('should be a two-letter country code, such as "FI"', 'koske-widgets'),
					'email' => __('is not an e-mail address', 'koske-widgets'),
					'phone' => __('is not a phone number: only digits, spaces, hyphens and brackets, such as 040 653 7220 or +358 40 653 7220', 'koske-widgets'),
					'time' => __('should be a time as HH:MM, 00:00–24:00', 'koske-widgets'),
					'date' => __('should be a date as YYYY-MM-DD', 'koske-widgets'),
					default => __('is not in the right form', 'koske-widgets'),
				};
			case 'enum':
				/* translators: %s: the allowed values, separated by commas */
				return sprintf(__('should be one of: %s', 'koske-widgets'), implode(', ', $params['enum']));
			case 'const':
				/* translators: %s: what the value should be, such as "text", "a whole number" or 1 */
				return sprintf(__('should be %s', 'koske-widgets'), json_encode($params['const'], JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE));
			case 'minProperties':
				return __('is empty', 'koske-widgets');
			case 'minimum':
			case 'maximum':
				if ([] === array_filter([$params['minimum'], $params['maximum']], fn ($bound) => !is_int($bound) && !is_float($bound))) {
					/* translators: 1: the smallest value allowed, 2: the largest value allowed */
					return sprintf(__('should be from %1$s to %2$s', 'koske-widgets'), $params['minimum'], $params['maximum']);
				}
				return __('is out of the allowed range', 'koske-widgets');
			default:
				return __('is not valid', 'koske-widgets');
		}
	}
}
