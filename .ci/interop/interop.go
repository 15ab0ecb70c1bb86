// Command interop checks a running ledger with implementations the ledger's authors did not write: Go's
// golang.org/x/mod/sumdb/note (C2SP signed notes) and golang.org/x/mod/sumdb/tlog (RFC 6962 trees, tiles, proofs).
// The witness's cosignature (c2sp.org/tlog-cosignature, type 0x04) is outside x/mod; it is checked here from the
// specification with Go's crypto/ed25519.
//
// Usage: go run interop.go -url http://localhost:8080 -token <auditor token> -witness <witness vkey>
package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

var (
	base    = flag.String("url", "http://localhost:8080", "the ledger's base URL")
	token   = flag.String("token", "", "an auditor's bearer token, for the proofs and the entry bundles")
	witness = flag.String("witness", "", "the witness's cosigner verifier key")
)

func main() {
	flag.Parse()
	if err := run(); err != nil {
		fmt.Println("INTEROP FAILED:", err)
		os.Exit(1)
	}
	fmt.Println("INTEROP OK")
}

func run() error {
	var keys struct{ Items []struct{ Vkey string } }
	if err := getJSON("/api/v1/audit/keys", &keys); err != nil {
		return err
	}
	verifier, err := note.NewVerifier(keys.Items[0].Vkey)
	if err != nil {
		return fmt.Errorf("the ledger's verifier key: %v", err)
	}
	signed, err := get("/api/v1/audit/checkpoint", "")
	if err != nil {
		return err
	}
	opened, err := note.Open(signed, note.VerifierList(verifier))
	if err != nil {
		return fmt.Errorf("the checkpoint's signature (x/mod/sumdb/note): %v", err)
	}
	fmt.Println("checkpoint signature verified by x/mod/sumdb/note with", keys.Items[0].Vkey)

	timestamp, err := checkCosignature(*witness, opened.Text, signed)
	if err != nil {
		return err
	}
	fmt.Println("witness cosignature verified, timestamp", timestamp)

	lines := strings.Split(opened.Text, "\n")
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil {
		return err
	}
	root, err := tlog.ParseHash(lines[2])
	if err != nil {
		return err
	}
	hashes := tlog.TileHashReader(tlog.Tree{N: size, Hash: root}, tiles{})
	fromTiles, err := tlog.TreeHash(size, hashes)
	if err != nil {
		return fmt.Errorf("the tree hash from the tiles (x/mod/sumdb/tlog): %v", err)
	}
	if fromTiles != root {
		return fmt.Errorf("the tiles make root %v, the checkpoint says %v", fromTiles, root)
	}
	fmt.Println("tree hash of size", size, "recomputed from the tiles by x/mod/sumdb/tlog")

	for _, index := range []int64{0, size / 2, size - 1} {
		if err := checkInclusion(index, size, root, hashes); err != nil {
			return err
		}
	}
	fmt.Println("inclusion proofs of the ledger checked by tlog.CheckRecord")

	if err := checkConsistency(size/2, size, root); err != nil {
		return err
	}
	fmt.Println("consistency proof of the ledger checked by tlog.CheckTree")

	return checkEntries(size, hashes)
}

// checkCosignature finds the witness's cosignature in the note and verifies it as c2sp.org/tlog-cosignature says.
func checkCosignature(vkey, text string, signed []byte) (uint64, error) {
	parts := strings.SplitN(vkey, "+", 3)
	if len(parts) != 3 {
		return 0, fmt.Errorf("not a verifier key: %q", vkey)
	}
	name := parts[0]
	key, err := base64.StdEncoding.DecodeString(parts[2])
	if err != nil || len(key) != 33 || key[0] != 0x04 {
		return 0, fmt.Errorf("not an Ed25519 cosignature v1 key: %q", vkey)
	}
	id := sha256.Sum256(append([]byte(name+"\n"), key...))
	if hex.EncodeToString(id[:4]) != parts[1] {
		return 0, fmt.Errorf("the key id of %q does not match its key", vkey)
	}
	for _, line := range strings.Split(string(signed), "\n") {
		if !strings.HasPrefix(line, "\u2014 "+name+" ") {
			continue
		}
		sig, err := base64.StdEncoding.DecodeString(strings.TrimPrefix(line, "\u2014 "+name+" "))
		if err != nil || len(sig) != 4+8+ed25519.SignatureSize || !bytes.Equal(sig[:4], id[:4]) {
			continue
		}
		timestamp := binary.BigEndian.Uint64(sig[4:12])
		message := fmt.Sprintf("cosignature/v1\ntime %d\n%s", timestamp, text)
		if !ed25519.Verify(ed25519.PublicKey(key[1:]), []byte(message), sig[12:]) {
			return 0, fmt.Errorf("the cosignature of %s does not verify", name)
		}
		return timestamp, nil
	}
	return 0, fmt.Errorf("the checkpoint carries no cosignature of %s", name)
}

// checkInclusion checks the ledger's own inclusion proof, and one tlog makes from the tiles, against the root.
func checkInclusion(index, size int64, root tlog.Hash, hashes tlog.HashReader) error {
	var proof struct {
		LeafHash  string
		AuditPath []string
	}
	if err := getJSON(fmt.Sprintf("/api/v1/audit/journal/%d/proof?treeSize=%d", index, size), &proof); err != nil {
		return err
	}
	leaf, err := hexHash(proof.LeafHash)
	if err != nil {
		return err
	}
	path, err := hexHashes(proof.AuditPath)
	if err != nil {
		return err
	}
	if err := tlog.CheckRecord(tlog.RecordProof(path), size, root, index, leaf); err != nil {
		return fmt.Errorf("the ledger's inclusion proof of %d in %d: %v", index, size, err)
	}
	fromTiles, err := tlog.ProveRecord(size, index, hashes)
	if err != nil {
		return err
	}
	return tlog.CheckRecord(fromTiles, size, root, index, leaf)
}

func checkConsistency(from, to int64, root tlog.Hash) error {
	var proof struct {
		FromRoot string
		Proof    []string
	}
	if err := getJSON(fmt.Sprintf("/api/v1/audit/consistency?from=%d&to=%d", from, to), &proof); err != nil {
		return err
	}
	fromRoot, err := hexHash(proof.FromRoot)
	if err != nil {
		return err
	}
	hashes, err := hexHashes(proof.Proof)
	if err != nil {
		return err
	}
	if err := tlog.CheckTree(tlog.TreeProof(hashes), to, root, from, fromRoot); err != nil {
		return fmt.Errorf("the ledger's consistency proof from %d to %d: %v", from, to, err)
	}
	return nil
}

// checkEntries reads the first entry bundle and hashes each entry as an RFC 6962 record.
func checkEntries(size int64, hashes tlog.HashReader) error {
	width := size
	if width > 256 {
		width = 256
	}
	path := "/tlog/tile/entries/000"
	if width < 256 {
		path += fmt.Sprintf(".p/%d", width)
	}
	bundle, err := get(path, *token)
	if err != nil {
		return err
	}
	for index := int64(0); index < width; index++ {
		if len(bundle) < 2 {
			return fmt.Errorf("the entry bundle ends before entry %d", index)
		}
		length := int(binary.BigEndian.Uint16(bundle))
		entry := bundle[2 : 2+length]
		bundle = bundle[2+length:]
		stored, err := hashes.ReadHashes([]int64{tlog.StoredHashIndex(0, index)})
		if err != nil {
			return err
		}
		if tlog.RecordHash(entry) != stored[0] {
			return fmt.Errorf("entry %d does not hash to its leaf", index)
		}
	}
	fmt.Println(width, "entries of the first bundle hash to their leaves (tlog.RecordHash)")
	return nil
}

// tiles reads the ledger's tiles: x/mod names them tile/8/L/N, c2sp.org/tlog-tiles tile/L/N.
type tiles struct{}

func (tiles) Height() int { return 8 }

func (tiles) ReadTiles(wanted []tlog.Tile) ([][]byte, error) {
	data := make([][]byte, len(wanted))
	for i, tile := range wanted {
		tileData, err := get("/tlog/"+strings.Replace(tile.Path(), "tile/8/", "tile/", 1), "")
		if err != nil {
			return nil, err
		}
		data[i] = tileData
	}
	return data, nil
}

func (tiles) SaveTiles([]tlog.Tile, [][]byte) {}

func get(path, bearer string) ([]byte, error) {
	request, err := http.NewRequest(http.MethodGet, *base+path, nil)
	if err != nil {
		return nil, err
	}
	if bearer != "" {
		request.Header.Set("Authorization", "Bearer "+bearer)
	}
	response, err := http.DefaultClient.Do(request)
	if err != nil {
		return nil, err
	}
	defer response.Body.Close()
	body, err := io.ReadAll(response.Body)
	if err != nil {
		return nil, err
	}
	if response.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %d %s", path, response.StatusCode, body)
	}
	return body, nil
}

func getJSON(path string, into interface{}) error {
	body, err := get(path, *token)
	if err != nil {
		return err
	}
	return json.Unmarshal(body, into)
}

func hexHash(text string) (tlog.Hash, error) {
	var hash tlog.Hash
	decoded, err := hex.DecodeString(text)
	if err != nil || len(decoded) != tlog.HashSize {
		return hash, fmt.Errorf("not a hash: %q", text)
	}
	copy(hash[:], decoded)
	return hash, nil
}

func hexHashes(texts []string) ([]tlog.Hash, error) {
	hashes := make([]tlog.Hash, len(texts))
	for i, text := range texts {
		hash, err := hexHash(text)
		if err != nil {
			return nil, err
		}
		hashes[i] = hash
	}
	return hashes, nil
}
