-- Neovim 0.7 as a second, independent LSP client of dist/server.js (reference/real-editor-testing.md §9).
-- Opens CONGVAN_FILE with filetype congvan, starts `node CONGVAN_SERVER --stdio` with vim.lsp.start_client
-- (0.7 has no vim.lsp.start), waits for the server's textDocument/publishDiagnostics for the buffer
-- (Neovim 0.7 cannot pull, so the server pushes), and prints one JSON line per diagnostic as Neovim
-- stored it: 0-based line, byte columns converted by Neovim from the server's UTF-16 characters, code,
-- severity, source, message and the text under the range. scripts/e2e/nvim-tier.cjs compares the lines
-- with the CLI's JSON for the same file. With CONGVAN_EXPECT_FINDINGS=1, an empty publication fails.
-- Exit status: 0 when diagnostics were published, 1 otherwise (nothing published within 10 s, or an error).

local function text_under(buf, d)
  local lines = vim.api.nvim_buf_get_lines(buf, d.lnum, d.end_lnum + 1, false)
  if #lines == 0 then
    return ''
  end
  if #lines == 1 then
    return lines[1]:sub(d.col + 1, d.end_col)
  end
  lines[1] = lines[1]:sub(d.col + 1)
  lines[#lines] = lines[#lines]:sub(1, d.end_col)
  return table.concat(lines, '\n')
end

local function main()
  local server, file = assert(vim.env.CONGVAN_SERVER, 'CONGVAN_SERVER'), assert(vim.env.CONGVAN_FILE, 'CONGVAN_FILE')
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  -- The server checks the languages of `congvan.languages` (default: congvan); Neovim sends the filetype.
  vim.bo[buf].filetype = 'congvan'
  local uri = vim.uri_from_bufnr(buf)
  local published = nil

  local id = assert(vim.lsp.start_client({
    name = 'congvan',
    cmd = { vim.env.CONGVAN_NODE or 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    -- The CLI that the comparison runs speaks Vietnamese (--locale vi); so does the server here.
    init_options = { displayLanguage = 'vi' },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
        if result and result.uri == uri then
          published = #result.diagnostics
        end
      end,
    },
  }), 'start_client failed')
  vim.lsp.buf_attach_client(buf, id)

  -- vim.wait runs the event loop until the condition holds; 10 s is a deadline, not a pause.
  assert(vim.wait(10000, function() return published ~= nil end, 10),
    'no textDocument/publishDiagnostics for ' .. uri .. ' within 10 s')

  local diagnostics = vim.diagnostic.get(buf)
  for _, d in ipairs(diagnostics) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    io.stdout:write(vim.fn.json_encode({
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, code = d.code or lsp.code, source = d.source,
      message = d.message, text = text_under(buf, d),
    }) .. '\n')
  end
  io.stdout:write(vim.fn.json_encode({ published = published }) .. '\n')
  if vim.env.CONGVAN_EXPECT_FINDINGS == '1' then
    assert(#diagnostics > 0, 'no diagnostic for ' .. uri)
  end
  vim.lsp.stop_client(id)
end

-- An uncaught error in --headless mode prints E5113 and leaves Neovim running: always pcall, then quit.
local ok, err = pcall(main)
if not ok then
  io.stderr:write(tostring(err) .. '\n')
end
vim.cmd(ok and 'qall!' or 'cquit!')
