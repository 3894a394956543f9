(file-exists?)
