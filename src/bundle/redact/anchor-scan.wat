;; The redaction engine's anchor scan: one pass over a window of text that lists every place where a rule of the
;; engine may start, instead of one `indexOf` pass per anchor. anchor-scan.ts fills the tables below, writes the
;; window (straight to NARROW when it is ASCII, else as UTF-16 for `narrow`) and reads the places back;
;; `scanAnchorsInJs` there states the same rules in JavaScript.
;;
;; Layout of the memory (byte offsets):
;;   0x0000 TRIGGER[256]   what a byte may start: 0 nothing, 1..63 the first probe of its chain (index + 1),
;;                         0xF0 a colon, 0xF1 an equals sign, 0xF2 a dash (separators, judged by their neighbours)
;;   0x0300 BEFORE_SEP[256] bytes that come just before the `-` or `=` ending a token's anchor (`glpat-`, `Key=`)
;;   0x0420 byte sets for the vector test, 32 bytes each (shufti: bucket bits by low nibble, then by high):
;;          0x0420 probe triggers and the dash, a bucket each; 0x0440 what follows a trigger in one of its
;;          probes (or a dash in a rule), 0x0460 what precedes it, both in the trigger's bucket
;;   0x0800 PROBES[64 x 32]: +0 length, +1 offset of the trigger byte in the probe, +2 next probe of the chain
;;                         (index + 1, 0 ends it), +3 class, +4 offset of the place it reports, +8 the probe's
;;                         bytes (16 at most)
;;   0x3000 COUNTS[64]     i32: how many places `sort` found of each class; 0x3100 where each class goes next
;;   0x4000 OUT[OUT_CAP]   found places: (position << 6) | class
;;   0x50000 NARROW        the window, one byte per UTF-16 unit (units above 0xFF become 0xFF)
;;   0xA0000 UTF16         the window as written by JavaScript
;;   0x121000 SORTED       the found places as text positions, by class
;;   0x161000 NAME_ENDS    a bit per four characters (five low bits each) that end a secret name
;; Every loop moves forward: the block loops by 16 or 64 bytes, the bit loop clears one bit per turn, the blank
;; loops are bounded, a probe chain's links only go further down the table, and `scan` returns where it stopped
;; when the list is nearly full, so the caller resumes from there.
(module
  (memory (export "memory") 26)
  (global $count (mut i32) (i32.const 0))

  (func (export "count") (result i32) (global.get $count))

  ;; UTF16[0 .. 2n) to NARROW[0 .. n); n is a multiple of 16.
  (func (export "narrow") (param $n i32)
    (local $k i32)
    (local $top v128)
    (local.set $top (v128.const i16x8 255 255 255 255 255 255 255 255))
    (block $done
      (loop $next
        (br_if $done (i32.ge_u (local.get $k) (local.get $n)))
        (v128.store (i32.add (i32.const 0x50000) (local.get $k))
          (i8x16.narrow_i16x8_u
            (i16x8.min_u (v128.load (i32.add (i32.const 0xA0000) (i32.shl (local.get $k) (i32.const 1)))) (local.get $top))
            (i16x8.min_u (v128.load (i32.add (i32.const 0xA0010) (i32.shl (local.get $k) (i32.const 1)))) (local.get $top))))
        (local.set $k (i32.add (local.get $k) (i32.const 16)))
        (br $next))))

  ;; Whether the name ending just before `end` may be a secret name: its last two characters are ASCII and its last
  ;; four, by their five low bits, are in NAME_ENDS (a secret name's ending words, any case).
  (func $secretNameEnding (param $end i32) (result i32)
    (local $index i32)
    (if (i32.ge_u
          (i32.or (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 1)))
                  (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 2))))
          (i32.const 0x80))
      (then (return (i32.const 0))))
    (local.set $index (i32.or
      (i32.or
        (i32.shl (i32.and (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 4))) (i32.const 31)) (i32.const 15))
        (i32.shl (i32.and (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 3))) (i32.const 31)) (i32.const 10)))
      (i32.or
        (i32.shl (i32.and (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 2))) (i32.const 31)) (i32.const 5))
        (i32.and (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 1))) (i32.const 31)))))
    (i32.and
      (i32.shr_u (i32.load8_u offset=0x161000 (i32.shr_u (local.get $index) (i32.const 3))) (i32.and (local.get $index) (i32.const 7)))
      (i32.const 1)))

  ;; A name's end before a quote that closes it, `"name"` or `\"name\"`.
  (func $beforeQuote (param $end i32) (result i32)
    (i32.sub (i32.sub (local.get $end) (i32.const 1))
             (i32.eq (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 2))) (i32.const 0x5c))))

  ;; A colon: before `//` (a URL); after `ED` (a placeholder of an earlier run, `[REDACTED:`) or `ue` (YAML's
  ;; `value:`); or, past any blanks, after `"value"` (JSON's) or a secret name's end, quoted or not. A non-ASCII
  ;; character before it may be a blank the engine's own test knows, so it is kept.
  (func $colon (param $at i32) (result i32)
    (local $prev i32)
    (local $second i32)
    (local $end i32)
    (local $blanks i32)
    (local $quote i32)
    (local.set $prev (i32.load8_u offset=0x50000 (i32.sub (local.get $at) (i32.const 1))))
    (local.set $second (i32.load8_u offset=0x50000 (i32.sub (local.get $at) (i32.const 2))))
    (if (i32.eq (i32.load8_u offset=0x50000 (i32.add (local.get $at) (i32.const 1))) (i32.const 0x2f)) (then (return (i32.const 1))))
    (if (i32.lt_u (i32.sub (local.get $prev) (i32.const 0x30)) (i32.const 10)) (then (return (i32.const 0))))
    (if (i32.or
          (i32.and (i32.eq (local.get $prev) (i32.const 0x44)) (i32.eq (local.get $second) (i32.const 0x45)))
          (i32.and (i32.eq (local.get $prev) (i32.const 0x65)) (i32.eq (local.get $second) (i32.const 0x75))))
      (then (return (i32.const 1))))
    (local.set $end (local.get $at))
    (block $named
      (loop $blank
        (local.set $quote (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 1))))
        (br_if $named (i32.eqz (i32.or (i32.eq (local.get $quote) (i32.const 0x20))
                                       (i32.lt_u (i32.sub (local.get $quote) (i32.const 0x09)) (i32.const 5)))))
        (if (i32.eq (local.get $blanks) (i32.const 32)) (then (return (i32.const 1))))
        (local.set $blanks (i32.add (local.get $blanks) (i32.const 1)))
        (local.set $end (i32.sub (local.get $end) (i32.const 1)))
        (br $blank)))
    (if (i32.ge_u (local.get $quote) (i32.const 0x80)) (then (return (i32.const 1))))
    (if (i32.eq (local.get $quote) (i32.const 0x22))
      (then
        (if (i32.and
              (i32.eq (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 2))) (i32.const 0x65))
              (i32.eq (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 3))) (i32.const 0x75)))
          (then (return (i32.const 1))))))
    (if (i32.or (i32.eq (local.get $quote) (i32.const 0x22)) (i32.eq (local.get $quote) (i32.const 0x27)))
      (then (local.set $end (call $beforeQuote (local.get $end)))))
    (call $secretNameEnding (local.get $end)))

  (func $equals (param $at i32) (result i32)
    (local $end i32)
    (local $blanks i32)
    (local $quote i32)
    (if (i32.load8_u (i32.add (i32.const 0x0300) (i32.load8_u offset=0x50000 (i32.sub (local.get $at) (i32.const 1))))) (then (return (i32.const 1))))
    (local.set $end (local.get $at))
    ;; At most 32 blanks are skipped; a longer run is kept for the engine to judge.
    (block $named
      (loop $blank
        (br_if $named (i32.eqz (i32.or
          (i32.eq (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 1))) (i32.const 0x20))
          (i32.eq (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 1))) (i32.const 0x09)))))
        (if (i32.eq (local.get $blanks) (i32.const 32)) (then (return (i32.const 1))))
        (local.set $blanks (i32.add (local.get $blanks) (i32.const 1)))
        (local.set $end (i32.sub (local.get $end) (i32.const 1)))
        (br $blank)))
    (local.set $quote (i32.load8_u offset=0x50000 (i32.sub (local.get $end) (i32.const 1))))
    (if (i32.or (i32.eq (local.get $quote) (i32.const 0x22)) (i32.eq (local.get $quote) (i32.const 0x27)))
      (then (local.set $end (call $beforeQuote (local.get $end)))))
    (call $secretNameEnding (local.get $end)))

  ;; A dash: where a flag starts (`--name`, or `-u`), where a PEM header starts (`-----B`), or after what comes
  ;; before a token's closing `-`.
  (func $dash (param $at i32) (result i32)
    (local $next i32)
    (local $name i32)
    (local.set $next (i32.load8_u offset=0x50000 (i32.add (local.get $at) (i32.const 1))))
    (if (i32.eq (local.get $next) (i32.const 0x75)) (then (return (i32.const 1))))
    (local.set $name (i32.load8_u offset=0x50000 (i32.add (local.get $at) (i32.const 2))))
    (if (i32.and (i32.eq (local.get $next) (i32.const 0x2d))
          (i32.or
            ;; A flag's name starts with a letter, a digit, `_` or `.`.
            (i32.or
              (i32.lt_u (i32.sub (i32.or (local.get $name) (i32.const 0x20)) (i32.const 0x61)) (i32.const 26))
              (i32.or (i32.lt_u (i32.sub (local.get $name) (i32.const 0x30)) (i32.const 10))
                      (i32.or (i32.eq (local.get $name) (i32.const 0x5f)) (i32.eq (local.get $name) (i32.const 0x2e)))))
            (i32.eq (i32.load8_u offset=0x50000 (i32.add (local.get $at) (i32.const 5))) (i32.const 0x42))))
      (then (return (i32.const 1))))
    (i32.load8_u (i32.add (i32.const 0x0300) (i32.load8_u offset=0x50000 (i32.sub (local.get $at) (i32.const 1))))))

  ;; Whether probe `p` (its record's address) occurs with its trigger byte at `at`: the place it reports (its
  ;; start plus its report offset) when it does, else -1.
  (func $probe (param $p i32) (param $at i32) (result i32)
    (local $start i32)
    (local $k i32)
    (local $length i32)
    (local.set $start (i32.sub (local.get $at) (i32.load8_u offset=1 (local.get $p))))
    (local.set $length (i32.load8_u (local.get $p)))
    (block $mismatch
      (loop $next
        (if (i32.lt_u (local.get $k) (local.get $length))
          (then
            (br_if $mismatch (i32.ne (i32.load8_u offset=0x50000 (i32.add (local.get $start) (local.get $k)))
                                     (i32.load8_u offset=8 (i32.add (local.get $p) (local.get $k)))))
            (local.set $k (i32.add (local.get $k) (i32.const 1)))
            (br $next))))
      (return (i32.add (local.get $start) (i32.load8_u offset=4 (local.get $p)))))
    (i32.const -1))

  (func $emit (param $n i32) (param $position i32) (param $class i32) (result i32)
    (i32.store (i32.add (i32.const 0x4000) (i32.shl (local.get $n) (i32.const 2)))
               (i32.or (i32.shl (local.get $position) (i32.const 6)) (local.get $class)))
    (i32.add (local.get $n) (i32.const 1)))

  ;; Every place in NARROW[from .. to) where a rule may start, appended to OUT; returns where it stopped
  ;; (`to` when done; earlier when OUT has fewer than 64 free places: call again from there). Blocks of 64 make
  ;; one mask each, so the loop over a mask's bits ends once per 64 bytes.
  (func (export "scan") (param $from i32) (param $to i32) (param $cap i32) (result i32)
    (local $block i32)
    (local $bits i64)
    (local $sub i32)
    (local $c v128)
    (local $prev v128)
    (local $next v128)
    (local $nibble v128)
    (local $topBit v128)
    (local $triggersLow v128)
    (local $triggersHigh v128)
    (local $afterTriggerLow v128)
    (local $afterTriggerHigh v128)
    (local $beforeTriggerLow v128)
    (local $beforeTriggerHigh v128)
    (local $at i32)
    (local $n i32)
    (local $trigger i32)
    (local $p i32)
    (local $link i32)
    (local $last i32)
    (local $start i32)
    ;; The sets live in locals: a call per set and block cost three times the whole test.
    (local.set $nibble (v128.const i8x16 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15 15))
    ;; Adding 127 with saturation sets a byte's top bit, which is all the bit mask reads, when the byte is not 0.
    (local.set $topBit (v128.const i8x16 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127 127))
    (local.set $triggersLow (v128.load (i32.const 0x420)))
    (local.set $triggersHigh (v128.load (i32.const 0x430)))
    (local.set $afterTriggerLow (v128.load (i32.const 0x440)))
    (local.set $afterTriggerHigh (v128.load (i32.const 0x450)))
    (local.set $beforeTriggerLow (v128.load (i32.const 0x460)))
    (local.set $beforeTriggerHigh (v128.load (i32.const 0x470)))
    (local.set $block (i32.and (local.get $from) (i32.const -64)))
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $block) (local.get $to)))
        ;; The places of each 16 the scalar checks are worth running at, a superset of what they keep: the tests
        ;; that turn most places away for the fewest vector instructions (a colon after a digit, a dash inside
        ;; a word, a letter that is no probe's trigger or is not next to a probe's neighbour of it). A byte set
        ;; is two shufti tables: a byte's bucket bits are those its low nibble and its high nibble share.
        (local.set $bits (i64.const 0))
        (local.set $sub (i32.const 0))
        (loop $sixteens
          (local.set $c (v128.load offset=0x50000 (i32.add (local.get $block) (local.get $sub))))
          (local.set $prev (v128.load offset=0x4FFFF (i32.add (local.get $block) (local.get $sub))))
          (local.set $next (v128.load offset=0x50001 (i32.add (local.get $block) (local.get $sub))))
          (local.set $bits (i64.or (local.get $bits) (i64.shl (i64.extend_i32_u (i8x16.bitmask
            (v128.or
              (v128.or
                ;; A colon, unless after a digit and not before `/`; every equals sign.
                (v128.andnot (i8x16.eq (local.get $c) (i8x16.splat (i32.const 0x3a)))
                  (v128.andnot (i8x16.lt_u (i8x16.sub (local.get $prev) (i8x16.splat (i32.const 0x30))) (i8x16.splat (i32.const 10)))
                               (i8x16.eq (local.get $next) (i8x16.splat (i32.const 0x2f)))))
                (i8x16.eq (local.get $c) (i8x16.splat (i32.const 0x3d))))
              ;; A probe's trigger or a dash, with a character next to it that a rule starting there needs
              ;; (bucket by trigger).
                (i8x16.add_sat_u
                  (v128.and
                    (v128.and
                      (i8x16.relaxed_swizzle (local.get $triggersLow) (v128.and (local.get $c) (local.get $nibble)))
                        (i8x16.relaxed_swizzle (local.get $triggersHigh) (i8x16.shr_u (local.get $c) (i32.const 4))))
                    (v128.or
                      (v128.and
                        (i8x16.relaxed_swizzle (local.get $afterTriggerLow) (v128.and (local.get $next) (local.get $nibble)))
                          (i8x16.relaxed_swizzle (local.get $afterTriggerHigh) (i8x16.shr_u (local.get $next) (i32.const 4))))
                      (v128.and
                        (i8x16.relaxed_swizzle (local.get $beforeTriggerLow) (v128.and (local.get $prev) (local.get $nibble)))
                          (i8x16.relaxed_swizzle (local.get $beforeTriggerHigh) (i8x16.shr_u (local.get $prev) (i32.const 4))))))
                  (local.get $topBit)))))
            (i64.extend_i32_u (local.get $sub)))))
          (local.set $sub (i32.add (local.get $sub) (i32.const 16)))
          (br_if $sixteens (i32.lt_u (local.get $sub) (i32.const 64))))
        ;; Only [from, to) of the first and last block.
        (if (i32.lt_u (local.get $block) (local.get $from))
          (then (local.set $bits (i64.and (local.get $bits)
            (i64.shl (i64.const -1) (i64.extend_i32_u (i32.sub (local.get $from) (local.get $block))))))))
        (if (i32.lt_u (i32.sub (local.get $to) (local.get $block)) (i32.const 64))
          (then (local.set $bits (i64.and (local.get $bits)
            (i64.sub (i64.shl (i64.const 1) (i64.extend_i32_u (i32.sub (local.get $to) (local.get $block)))) (i64.const 1))))))
        (block $blockDone
          (loop $each
            (br_if $blockDone (i64.eqz (local.get $bits)))
            (local.set $at (i32.add (local.get $block) (i32.wrap_i64 (i64.ctz (local.get $bits)))))
            (local.set $bits (i64.and (local.get $bits) (i64.sub (local.get $bits) (i64.const 1))))
            (if (i32.gt_u (i32.add (local.get $n) (i32.const 64)) (local.get $cap))
              (then
                (global.set $count (local.get $n))
                (return (local.get $at))))
            (local.set $trigger (i32.load8_u (i32.load8_u offset=0x50000 (local.get $at))))
            (if (i32.eq (local.get $trigger) (i32.const 0xF0))
              (then (if (call $colon (local.get $at)) (then (local.set $n (call $emit (local.get $n) (local.get $at) (i32.const 0))))))
              (else (if (i32.eq (local.get $trigger) (i32.const 0xF1))
                (then (if (call $equals (local.get $at)) (then (local.set $n (call $emit (local.get $n) (local.get $at) (i32.const 1))))))
                (else (if (i32.eq (local.get $trigger) (i32.const 0xF2))
                  (then (if (call $dash (local.get $at)) (then (local.set $n (call $emit (local.get $n) (local.get $at) (i32.const 2))))))
                  (else
                    ;; A chain of probes sharing this trigger byte; its links are indexes + 1, each larger than
                    ;; the last and at most 64, so the chain ends whatever the tables hold.
                    (local.set $link (local.get $trigger))
                    (local.set $last (i32.const 0))
                    (block $chainDone
                      (loop $chain
                        (br_if $chainDone (i32.or (i32.le_u (local.get $link) (local.get $last)) (i32.gt_u (local.get $link) (i32.const 64))))
                        (local.set $last (local.get $link))
                        (local.set $p (i32.add (i32.const 0x0800) (i32.shl (i32.sub (local.get $link) (i32.const 1)) (i32.const 5))))
                        (local.set $start (call $probe (local.get $p) (local.get $at)))
                        (if (i32.ge_s (local.get $start) (i32.const 0))
                          (then (local.set $n (call $emit (local.get $n) (local.get $start) (i32.load8_u offset=3 (local.get $p))))))
                        (local.set $link (i32.load8_u offset=2 (local.get $p)))
                        (br $chain)))))))))
            (br $each)))
        (local.set $block (i32.add (local.get $block) (i32.const 64)))
        (br $blocks)))
    (global.set $count (local.get $n))
    (local.get $to))

  ;; OUT[0 .. n) sorted by class into SORTED, as text positions (`base` plus the window's): COUNTS[class] says
  ;; how many each class has, in class order.
  (func (export "sort") (param $n i32) (param $base i32)
    (local $k i32)
    (local $class i32)
    (local $entry i32)
    (local $sum i32)
    (local $slot i32)
    (memory.fill (i32.const 0x3000) (i32.const 0) (i32.const 512))
    (local.set $k (i32.const 0))
    (block $counted (loop $count
      (br_if $counted (i32.ge_u (local.get $k) (local.get $n)))
      (local.set $slot (i32.add (i32.const 0x3000)
        (i32.shl (i32.and (i32.load (i32.add (i32.const 0x4000) (i32.shl (local.get $k) (i32.const 2)))) (i32.const 63)) (i32.const 2))))
      (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $count)))
    ;; Where each class starts.
    (local.set $class (i32.const 0))
    (block $summed (loop $sum
      (br_if $summed (i32.ge_u (local.get $class) (i32.const 64)))
      (local.set $slot (i32.add (i32.const 0x3100) (i32.shl (local.get $class) (i32.const 2))))
      (i32.store (local.get $slot) (local.get $sum))
      (local.set $sum (i32.add (local.get $sum) (i32.load offset=0 (i32.sub (local.get $slot) (i32.const 0x100)))))
      (local.set $class (i32.add (local.get $class) (i32.const 1)))
      (br $sum)))
    (local.set $k (i32.const 0))
    (block $placed (loop $place
      (br_if $placed (i32.ge_u (local.get $k) (local.get $n)))
      (local.set $entry (i32.load (i32.add (i32.const 0x4000) (i32.shl (local.get $k) (i32.const 2)))))
      (local.set $slot (i32.add (i32.const 0x3100) (i32.shl (i32.and (local.get $entry) (i32.const 63)) (i32.const 2))))
      (i32.store (i32.add (i32.const 0x121000) (i32.shl (i32.load (local.get $slot)) (i32.const 2)))
                 (i32.add (local.get $base) (i32.shr_u (local.get $entry) (i32.const 6))))
      (i32.store (local.get $slot) (i32.add (i32.load (local.get $slot)) (i32.const 1)))
      (local.set $k (i32.add (local.get $k) (i32.const 1)))
      (br $place))))
)
