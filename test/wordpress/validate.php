<?php
/**
 * For test/wordpress/schema.test.mjs only: reads a JSON array of documents, each as its JSON
 * text (so 2017.0 reaches PHP as written), and prints, for each, its problems under
 * src/data/schema.json as [{path, keyword, message}], all in one JSON array.
 */

declare(strict_types=1);

use Koske_Widgets\Schema_Validator;

$root = dirname(__DIR__, 2);
require $root . '/wordpress/includes/class-schema-validator.php';

$validator = new Schema_Validator(json_decode((string) file_get_contents($root . '/src/data/schema.json'), false, 512, JSON_THROW_ON_ERROR));
$results = [];
foreach (json_decode((string) stream_get_contents(STDIN), true, 512, JSON_THROW_ON_ERROR) as $text) {
	$problems = $validator->validate(json_decode($text, false, 512, JSON_THROW_ON_ERROR));
	$results[] = array_map(fn ($problem) => ['path' => $problem['path'], 'keyword' => $problem['keyword'], 'message' => Schema_Validator::message($problem)], $problems);
}
echo json_encode($results, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_THROW_ON_ERROR), "\n";
