-- Driven by tests/tools/neovim.test.ts: Neovim 0.7 (Debian's) starts `verbatim lsp --stdio`
-- with its built-in client, opens a draft, waits for diagnostics, asks for a hover,
-- and writes what it got as JSON.
local draft = vim.env.VERBATIM_DRAFT
local root = vim.fn.fnamemodify(draft, ':h')
local client_id = vim.lsp.start_client({
  name = 'verbatim',
  cmd = { vim.env.VERBATIM_NODE, vim.env.VERBATIM_BIN, 'lsp', '--stdio' },
  root_dir = root,
})
vim.cmd('edit ' .. draft)
vim.bo.filetype = 'markdown'
vim.lsp.buf_attach_client(0, client_id)

local want = tonumber(vim.env.VERBATIM_WANT)
local got = vim.wait(30000, function() return #vim.diagnostic.get(0) >= want end, 100)
local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(diagnostics, { code = lsp.code or d.code, line = d.lnum + 1, source = d.source })
end

local hover = ''
local line = tonumber(vim.env.VERBATIM_HOVER_LINE) - 1
local params = { textDocument = { uri = vim.uri_from_bufnr(0) }, position = { line = line, character = tonumber(vim.env.VERBATIM_HOVER_CHAR) } }
for _, r in pairs(vim.lsp.buf_request_sync(0, 'textDocument/hover', params, 10000) or {}) do
  if r.result and r.result.contents then hover = r.result.contents.value or '' end
end

local f = io.open(vim.env.VERBATIM_OUT, 'w')
f:write(vim.fn.json_encode({ waited = got, diagnostics = diagnostics, hover = hover }))
f:close()
vim.cmd('qa!')
